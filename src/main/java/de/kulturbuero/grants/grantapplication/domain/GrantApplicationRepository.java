package de.kulturbuero.grants.grantapplication.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface GrantApplicationRepository extends JpaRepository<GrantApplicationEntity, Long> {

    List<GrantApplicationEntity> findByApplicantIdOrderByCreatedAtDesc(long applicantId);
}
