package de.kulturbuero.grants.grantapplication.domain;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One public status an application reached, appended whenever its status changes (the timeline's projection). */
@Entity
@Table(name = "application_status_history")
public class StatusHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplicationEntity application;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected StatusHistoryEntity() {}

    StatusHistoryEntity(GrantApplicationEntity application, ApplicationStatus status, Instant changedAt) {
        this.application = application;
        this.status = status;
        this.changedAt = changedAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
