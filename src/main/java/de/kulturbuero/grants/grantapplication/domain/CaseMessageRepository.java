package de.kulturbuero.grants.grantapplication.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseMessageRepository extends JpaRepository<CaseMessageEntity, Long> {

    List<CaseMessageEntity> findByApplicationIdOrderByCreatedAtAscIdAsc(long applicationId);
}
