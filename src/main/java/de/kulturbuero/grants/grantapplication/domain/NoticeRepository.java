package de.kulturbuero.grants.grantapplication.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NoticeRepository extends JpaRepository<NoticeEntity, Long> {

    List<NoticeEntity> findByApplicationIdOrderByCreatedAtAsc(long applicationId);

    boolean existsByApplicationIdAndKind(long applicationId, String kind);
}
