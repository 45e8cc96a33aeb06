package de.kulturbuero.grants.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface FundingProgrammeRepository extends JpaRepository<FundingProgrammeEntity, Long> {
    List<FundingProgrammeEntity> findByActiveTrueOrderById();

    boolean existsByReferencePrefixIgnoreCaseAndIdNot(String referencePrefix, long id);

    boolean existsByCode(String code);
}
