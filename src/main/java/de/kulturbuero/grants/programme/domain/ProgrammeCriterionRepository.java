package de.kulturbuero.grants.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeCriterionRepository extends JpaRepository<ProgrammeCriterionEntity, Long> {
    List<ProgrammeCriterionEntity> findByProgrammeIdAndActiveTrueOrderByPosition(long programmeId);
}
