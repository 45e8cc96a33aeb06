package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.CaseMessageEntity;
import de.kulturbuero.grants.grantapplication.domain.CaseMessageRepository;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationEntity;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationRepository;
import de.kulturbuero.grants.grantapplication.domain.NoticeEntity;
import de.kulturbuero.grants.grantapplication.domain.NoticeRepository;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant does in the running review: answer a follow-up question, withdraw, read the
 * conversation and download the notice. This module never asks the process engine: answers and
 * withdrawals are published as events ({@link InquiryAnswered}, {@link WithdrawalRequested})
 * that the review module handles synchronously in the same transaction.
 */
@Service
public class ApplicantCaseService {

    /** Longest answer or reason accepted (the database column is TEXT; this keeps letters readable). */
    public static final int MAX_TEXT = 8000;

    private final GrantApplicationRepository applications;
    private final CaseMessageRepository messages;
    private final NoticeRepository notices;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ApplicationAccess access;

    ApplicantCaseService(
            GrantApplicationRepository applications,
            CaseMessageRepository messages,
            NoticeRepository notices,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ApplicationAccess access) {
        this.access = access;
        this.applications = applications;
        this.messages = messages;
        this.notices = notices;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Follow-up questions and messages of an application, oldest first (own application, or any submitted one for officers). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CaseMessage> conversation(long applicationId) {
        access.readable(applicationId);
        List<CaseMessageEntity> found = messages.findByApplicationIdOrderByCreatedAtAscIdAsc(applicationId);
        Map<Long, String> names = accounts.displayNames(
                found.stream().map(CaseMessageEntity::getAuthorId).collect(Collectors.toSet()));
        return found.stream()
                .map(m -> new CaseMessage(
                        m.getId(),
                        CaseMessageEntity.INQUIRY.equals(m.getKind()),
                        m.getText(),
                        names.get(m.getAuthorId()),
                        m.getCreatedAt(),
                        m.getReplyDueAt(),
                        m.isEditAllowed(),
                        m.getAnswer(),
                        m.getAnsweredAt(),
                        m.getClosedReason()))
                .toList();
    }

    /**
     * Answers the open follow-up question; when the clerk allowed edits, {@code revisedSummary}
     * (if given) replaces the project description. The review continues in this transaction.
     *
     * @throws ApplicantActionRefused when there is no open question or the answer is empty
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void answerInquiry(long applicationId, String answer, String revisedSummary) {
        GrantApplicationEntity application = access.own(applicationId);
        CaseMessageEntity open = messages.findByApplicationIdOrderByCreatedAtAscIdAsc(applicationId).stream()
                .filter(CaseMessageEntity::isOpenInquiry)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new ApplicantActionRefused("grantapplication.inquiry.error.none-open"));
        if (application.getStatus() != ApplicationStatus.INQUIRY) {
            throw new ApplicantActionRefused("grantapplication.inquiry.error.none-open");
        }
        if (answer == null || answer.isBlank()) {
            throw new ApplicantActionRefused("grantapplication.inquiry.error.answer-required");
        }
        if (answer.length() > MAX_TEXT || (revisedSummary != null && revisedSummary.length() > 4000)) {
            throw new ApplicantActionRefused("grantapplication.inquiry.error.too-long");
        }
        open.answer(answer.strip(), clock.instant());
        if (open.isEditAllowed()
                && revisedSummary != null
                && !revisedSummary.isBlank()
                && !Objects.equals(revisedSummary.strip(), application.getSummary())) {
            application.setSummary(revisedSummary.strip());
        }
        messages.flush();
        events.publishEvent(new InquiryAnswered(applicationId, open.getId()));
    }

    /**
     * Withdraws the application with a reason, at any step before the decision. The review
     * process ends as withdrawn in this transaction.
     *
     * @throws ApplicantActionRefused when the decision has been made or no reason is given
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void withdraw(long applicationId, String reason) {
        GrantApplicationEntity application = access.own(applicationId);
        if (!application.getStatus().isWithdrawable()) {
            throw new ApplicantActionRefused("grantapplication.withdraw.error.too-late");
        }
        if (reason == null || reason.isBlank()) {
            throw new ApplicantActionRefused("grantapplication.withdraw.error.reason-required");
        }
        if (reason.length() > MAX_TEXT) {
            throw new ApplicantActionRefused("grantapplication.inquiry.error.too-long");
        }
        application.recordWithdrawal(reason.strip(), clock.instant());
        messages.findByApplicationIdOrderByCreatedAtAscIdAsc(applicationId).stream()
                .filter(CaseMessageEntity::isOpenInquiry)
                .forEach(m -> m.close("WITHDRAWN"));
        applications.flush();
        events.publishEvent(new WithdrawalRequested(applicationId));
    }

    /** Whether the signed-in applicant may still withdraw this application. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayWithdraw(long applicationId) {
        GrantApplicationEntity application = access.readable(applicationId);
        return currentUser.hasRole("APPLICANT")
                && application.getApplicantId() == currentUser.require().accountId()
                && application.getStatus().isWithdrawable();
    }

    /** Reason the applicant gave for withdrawing, if withdrawn. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String withdrawalReason(long applicationId) {
        return access.readable(applicationId).getWithdrawalReason();
    }

    /** Notice letters of an application. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NoticeFile> notices(long applicationId) {
        access.readable(applicationId);
        return notices.findByApplicationIdOrderByCreatedAtAsc(applicationId).stream()
                .map(n -> new NoticeFile(
                        n.getId(),
                        n.getApplicationId(),
                        n.getKind(),
                        n.getLanguage(),
                        n.getFileName(),
                        n.getCreatedAt()))
                .toList();
    }

    /** The PDF of a notice; refused like a missing one when it belongs to another applicant's application. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] noticeContent(long noticeId) {
        NoticeEntity notice = notices.findById(noticeId).orElseThrow(() -> new AccessDeniedException("No such notice"));
        access.readable(notice.getApplicationId());
        return notice.getContent();
    }
}
