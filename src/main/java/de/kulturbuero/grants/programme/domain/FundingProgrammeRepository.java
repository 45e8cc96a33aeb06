package de.kulturbuero.grants.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingProgrammeRepository extends JpaRepository<FundingProgrammeEntity, Long> {
    List<FundingProgrammeEntity> findByActiveTrueOrderById();

    boolean existsByReferencePrefixIgnoreCaseAndIdNot(String referencePrefix, long id);

    boolean existsByCode(String code);
}
