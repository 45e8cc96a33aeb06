package de.kulturbuero.grants.grantapplication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A follow-up question (kind INQUIRY) or a message to the applicant (kind MESSAGE). */
@Entity
@Table(name = "application_message")
public class CaseMessageEntity {

    public static final String INQUIRY = "INQUIRY";
    public static final String MESSAGE = "MESSAGE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String text;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reply_due_at")
    private Instant replyDueAt;

    @Column(name = "edit_allowed", nullable = false)
    private boolean editAllowed;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;
    /** ANSWERED, EXPIRED or WITHDRAWN; null while a question is open. */
    @Column(name = "closed_reason")
    private String closedReason;

    protected CaseMessageEntity() {}

    public CaseMessageEntity(
            long applicationId,
            String kind,
            String text,
            long authorId,
            Instant createdAt,
            Instant replyDueAt,
            boolean editAllowed) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.replyDueAt = replyDueAt;
        this.editAllowed = editAllowed;
    }

    public void answer(String answer, Instant now) {
        this.answer = answer;
        this.answeredAt = now;
        this.closedReason = "ANSWERED";
    }

    public void close(String reason) {
        this.closedReason = reason;
    }

    public boolean isOpenInquiry() {
        return INQUIRY.equals(kind) && closedReason == null;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReplyDueAt() {
        return replyDueAt;
    }

    public boolean isEditAllowed() {
        return editAllowed;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getClosedReason() {
        return closedReason;
    }
}
