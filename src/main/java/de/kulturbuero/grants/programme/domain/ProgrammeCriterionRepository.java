package de.kulturbuero.grants.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ProgrammeCriterionRepository extends JpaRepository<ProgrammeCriterionEntity, Long> {
    List<ProgrammeCriterionEntity> findByProgrammeIdAndActiveTrueOrderByPosition(long programmeId);
}
