package de.kulturbuero.grants.grantapplication.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CaseMessageRepository extends JpaRepository<CaseMessageEntity, Long> {

    List<CaseMessageEntity> findByApplicationIdOrderByCreatedAtAscIdAsc(long applicationId);
}
