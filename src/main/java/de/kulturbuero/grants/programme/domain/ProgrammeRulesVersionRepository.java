package de.kulturbuero.grants.programme.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRulesVersionRepository extends JpaRepository<ProgrammeRulesVersionEntity, Long> {
    Optional<ProgrammeRulesVersionEntity> findFirstByProgrammeIdOrderByVersionNoDesc(long programmeId);

    /** Each programme's newest rules version number, in one query (programme id, version number). */
    @org.springframework.data.jpa.repository.Query(
            "select v.programmeId, max(v.versionNo) from ProgrammeRulesVersionEntity v group by v.programmeId")
    List<Object[]> latestVersionNumbers();

    List<ProgrammeRulesVersionEntity> findByProgrammeIdOrderByVersionNoDesc(long programmeId);
}
