package de.kulturbuero.grants.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PartnerCityRepository extends JpaRepository<PartnerCityEntity, Long> {
    List<PartnerCityEntity> findByActiveTrueOrderByName();

    List<PartnerCityEntity> findAllByOrderByName();

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
