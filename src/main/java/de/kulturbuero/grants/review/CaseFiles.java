package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicantCaseService;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.Comments;
import de.kulturbuero.grants.review.domain.InboxTasks;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.Roles;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything about one case, for the case view. Every officer may read every submitted case; a
 * draft or an id that does not exist is refused alike ({@code AccessDeniedException}).
 */
@Service
@PreAuthorize(Roles.ANY_OFFICER)
public class CaseFiles {

    private final GrantApplicationService applications;
    private final ApplicantCaseService applicantCases;
    private final GrantApplicationProcessing processing;
    private final Comments comments;
    private final AuditLog audit;
    private final InboxTasks inbox;
    private final AccountService accounts;
    private final ContentReviewSummaries reviews;
    private final CaseHistory history;

    CaseFiles(
            GrantApplicationService applications,
            ApplicantCaseService applicantCases,
            GrantApplicationProcessing processing,
            Comments comments,
            AuditLog audit,
            InboxTasks inbox,
            AccountService accounts,
            ContentReviewSummaries reviews,
            CaseHistory history) {
        this.applications = applications;
        this.applicantCases = applicantCases;
        this.processing = processing;
        this.comments = comments;
        this.audit = audit;
        this.inbox = inbox;
        this.accounts = accounts;
        this.reviews = reviews;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public CaseFile caseFile(long applicationId) {
        ApplicationSummary application = applications.get(applicationId);
        String city = applications
                .partnerCity(application)
                .map(PartnerCitySummary::name)
                .orElse(null);
        List<Comments.Row> commentRows = comments.of(applicationId);
        List<AuditLog.Row> auditRows = audit.of(applicationId);
        List<InboxTasks.Row> open = inbox.ofApplication(applicationId);
        Set<Long> ids = new HashSet<>();
        commentRows.forEach(c -> ids.add(c.authorId()));
        auditRows.stream().map(AuditLog.Row::actorId).filter(Objects::nonNull).forEach(ids::add);
        open.stream().map(InboxTasks.Row::assigneeId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, String> names = ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
        return new CaseFile(
                application,
                city,
                processing.decisionConditions(applicationId),
                applicantCases.withdrawalReason(applicationId),
                applicantCases.conversation(applicationId),
                commentRows.stream()
                        .map(c -> new InternalComment(names.get(c.authorId()), c.text(), c.createdAt()))
                        .toList(),
                auditRows.stream()
                        .map(a -> new AuditEntry(
                                a.action(), a.actorId() == null ? null : names.get(a.actorId()), a.at(), a.detail()))
                        .toList(),
                history.history(applicationId),
                reviews.of(application),
                open.stream()
                        .map(t -> new CaseFile.OpenStep(
                                t.taskId(),
                                t.step(),
                                t.assigneeId() == null ? null : names.get(t.assigneeId()),
                                t.overdue()))
                        .toList(),
                applicantCases.notices(applicationId));
    }

    /** The PDF of a notice letter of any case. */
    @Transactional(readOnly = true)
    public byte[] noticeContent(long noticeId) {
        return applicantCases.noticeContent(noticeId);
    }
}
