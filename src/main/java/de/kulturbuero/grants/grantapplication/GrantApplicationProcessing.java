package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.CaseMessageEntity;
import de.kulturbuero.grants.grantapplication.domain.CaseMessageRepository;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationEntity;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationRepository;
import de.kulturbuero.grants.grantapplication.domain.NoticeEntity;
import de.kulturbuero.grants.grantapplication.domain.NoticeRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review process may change on an application: its public status and the officers'
 * findings. Called only from the review module inside the engine's transaction (so it carries no
 * {@code @PreAuthorize}: engine jobs run without a signed-in user; the review service checks
 * the officer before it gets here).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class GrantApplicationProcessing {

    private final GrantApplicationRepository applications;
    private final Clock clock;
    private final CaseMessageRepository messages;
    private final NoticeRepository notices;

    GrantApplicationProcessing(
            GrantApplicationRepository applications,
            Clock clock,
            CaseMessageRepository messages,
            NoticeRepository notices) {
        this.applications = applications;
        this.clock = clock;
        this.messages = messages;
        this.notices = notices;
    }

    public void changeStatus(long applicationId, ApplicationStatus status) {
        load(applicationId).changeStatus(status, clock.instant());
    }

    /** The case is closed now: status CLOSED and the closing time; returns that time. */
    public Instant close(long applicationId) {
        Instant now = clock.instant();
        GrantApplicationEntity application = load(applicationId);
        application.changeStatus(ApplicationStatus.CLOSED, now);
        application.close(now);
        return now;
    }

    public void recordFormalCheck(long applicationId, String note) {
        load(applicationId).recordFormalCheck(note, clock.instant());
    }

    public void recordDecision(long applicationId, BigDecimal grantedAmount, String reason, long decidedBy) {
        GrantApplicationEntity application = load(applicationId);
        if (grantedAmount != null && grantedAmount.compareTo(application.getRequestedAmount()) > 0) {
            throw new IllegalArgumentException("Granted amount above the requested amount");
        }
        application.recordDecision(grantedAmount, reason, decidedBy, clock.instant());
    }

    /** Decision with conditions (approval) or reason (rejection); review workflow. */
    public void recordDecision(
            long applicationId, BigDecimal grantedAmount, String reason, String conditions, long decidedBy) {
        recordDecision(applicationId, grantedAmount, reason, conditions, decidedBy, clock.instant());
    }

    /**
     * Decision taken at {@code decidedAt}: the caller passes the instant whose year it checked the
     * budget for, so the approval counts against exactly that year (see {@link ApprovedGrants}).
     */
    public void recordDecision(
            long applicationId,
            BigDecimal grantedAmount,
            String reason,
            String conditions,
            long decidedBy,
            Instant decidedAt) {
        GrantApplicationEntity application = load(applicationId);
        if (grantedAmount != null && grantedAmount.compareTo(application.getRequestedAmount()) > 0) {
            throw new IllegalArgumentException("Granted amount above the requested amount");
        }
        application.recordDecision(grantedAmount, reason, decidedBy, decidedAt);
        application.recordConditions(conditions);
    }

    /** A follow-up question to the applicant; returns its id. The application shows it until answered or expired. */
    public long openInquiry(
            long applicationId, String question, long askedBy, Instant replyDueAt, boolean editAllowed) {
        load(applicationId);
        closeOpenInquiries(applicationId, "SUPERSEDED");
        return messages.save(new CaseMessageEntity(
                        applicationId,
                        CaseMessageEntity.INQUIRY,
                        question,
                        askedBy,
                        clock.instant(),
                        replyDueAt,
                        editAllowed))
                .getId();
    }

    /** The reply deadline passed: the open question closes unanswered (the case goes back to the clerk). */
    public void expireInquiry(long applicationId) {
        closeOpenInquiries(applicationId, "EXPIRED");
    }

    /** A message from the office that the applicant reads (no answer expected). */
    public long addMessage(long applicationId, String text, long authorId) {
        load(applicationId);
        return messages.save(new CaseMessageEntity(
                        applicationId, CaseMessageEntity.MESSAGE, text, authorId, clock.instant(), null, false))
                .getId();
    }

    /** Stores a notice letter once per kind (a retried job finds it already there and does nothing). */
    public void storeNotice(long applicationId, String kind, String language, String fileName, byte[] pdf) {
        if (!notices.existsByApplicationIdAndKind(applicationId, kind)) {
            notices.save(new NoticeEntity(applicationId, kind, language, fileName, pdf, clock.instant()));
        }
    }

    /** The application as the process needs it (no user check: engine jobs run without a user). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ApplicationSummary summary(long applicationId) {
        return GrantApplicationService.toSummary(load(applicationId), Map.of());
    }

    /** Account id of the applicant, for notifications and notices. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long applicantId(long applicationId) {
        return load(applicationId).getApplicantId();
    }

    /** Reply deadline of the open follow-up question, if one is open. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Instant> openInquiryDueAt(long applicationId) {
        return messages.findByApplicationIdOrderByCreatedAtAscIdAsc(applicationId).stream()
                .filter(CaseMessageEntity::isOpenInquiry)
                .map(CaseMessageEntity::getReplyDueAt)
                .reduce((a, b) -> b);
    }

    /** Conditions of an approval, if any. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String decisionConditions(long applicationId) {
        return load(applicationId).getDecisionConditions();
    }

    private void closeOpenInquiries(long applicationId, String reason) {
        messages.findByApplicationIdOrderByCreatedAtAscIdAsc(applicationId).stream()
                .filter(CaseMessageEntity::isOpenInquiry)
                .forEach(m -> m.close(reason));
    }

    /** Requested amount, for the decision's checks. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public BigDecimal requestedAmount(long applicationId) {
        return load(applicationId).getRequestedAmount();
    }

    private GrantApplicationEntity load(long applicationId) {
        return applications
                .findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " not found"));
    }
}
