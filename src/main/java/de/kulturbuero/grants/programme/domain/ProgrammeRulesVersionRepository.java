package de.kulturbuero.grants.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ProgrammeRulesVersionRepository extends JpaRepository<ProgrammeRulesVersionEntity, Long> {
    Optional<ProgrammeRulesVersionEntity> findFirstByProgrammeIdOrderByVersionNoDesc(long programmeId);

    List<ProgrammeRulesVersionEntity> findByProgrammeIdOrderByVersionNoDesc(long programmeId);
}
