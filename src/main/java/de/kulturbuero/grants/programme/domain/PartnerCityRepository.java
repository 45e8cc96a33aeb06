package de.kulturbuero.grants.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerCityRepository extends JpaRepository<PartnerCityEntity, Long> {
    List<PartnerCityEntity> findByActiveTrueOrderByName();

    List<PartnerCityEntity> findAllByOrderByName();

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
