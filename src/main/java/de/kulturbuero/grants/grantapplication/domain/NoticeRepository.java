package de.kulturbuero.grants.grantapplication.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<NoticeEntity, Long> {

    List<NoticeEntity> findByApplicationIdOrderByCreatedAtAsc(long applicationId);

    boolean existsByApplicationIdAndKind(long applicationId, String kind);
}
