package de.kulturbuero.grants.review;

import static de.kulturbuero.grants.review.TaskGuard.blank;
import static de.kulturbuero.grants.review.TaskGuard.limit;

import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.Comments;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What officers write on a case outside the steps: internal comments and messages to the applicant. */
@Service
@PreAuthorize(Roles.ANY_OFFICER)
public class CaseNotes {

    private final CurrentUser currentUser;
    private final GrantApplicationService applications;
    private final GrantApplicationProcessing processing;
    private final Comments comments;
    private final AuditLog audit;
    private final Clock clock;

    CaseNotes(
            CurrentUser currentUser,
            GrantApplicationService applications,
            GrantApplicationProcessing processing,
            Comments comments,
            AuditLog audit,
            Clock clock) {
        this.currentUser = currentUser;
        this.applications = applications;
        this.processing = processing;
        this.comments = comments;
        this.audit = audit;
        this.clock = clock;
    }

    /** An internal comment (officers only, never shown to the applicant). */
    @Transactional
    public void comment(long applicationId, String text) {
        PortalUser user = currentUser.require();
        applications.get(applicationId); // a draft or an unknown id is refused like a missing case
        if (blank(text)) {
            throw new ReviewRefused("review.error.text-required");
        }
        comments.add(applicationId, user.accountId(), limit(text), clock.instant());
        audit.record(applicationId, null, "COMMENT", user.accountId(), clock.instant(), null);
    }

    /** A message to the applicant (shown on their application page). */
    @Transactional
    public void messageApplicant(long applicationId, String text) {
        PortalUser user = currentUser.require();
        applications.get(applicationId); // a draft or an unknown id is refused like a missing case
        if (blank(text)) {
            throw new ReviewRefused("review.error.text-required");
        }
        processing.addMessage(applicationId, limit(text), user.accountId());
        audit.record(applicationId, null, "MESSAGE", user.accountId(), clock.instant(), null);
    }
}
