package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationEntity;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationRepository;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see or change an application, in one place for every service of the module: an
 * applicant only their own; an officer (CLERK, REVIEWER, HEAD, FINANCE) any submitted one, for
 * reading (a draft is the applicant's private work until it is submitted). A refusal never tells
 * whether the application exists. Callers run inside their own transaction.
 */
@Component
class ApplicationAccess {

    private final GrantApplicationRepository applications;
    private final CurrentUser currentUser;

    ApplicationAccess(GrantApplicationRepository applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    /**
     * The application, if the signed-in user may read it: their own, or any submitted one for an
     * officer. An officer asking for a draft gets the same refusal as for an id that does not
     * exist, so sequential ids reveal nothing.
     */
    GrantApplicationEntity readable(long id) {
        PortalUser user = currentUser.require();
        GrantApplicationEntity entity = applications.findById(id).orElseThrow(ApplicationAccess::denied);
        boolean own = entity.getApplicantId() == user.accountId();
        boolean officerMayRead = currentUser.isOfficer() && entity.getStatus() != ApplicationStatus.DRAFT;
        if (!own && !officerMayRead) {
            throw denied();
        }
        return entity;
    }

    /** The signed-in applicant's own application. */
    GrantApplicationEntity own(long id) {
        PortalUser user = currentUser.require();
        return applications
                .findById(id)
                .filter(e -> e.getApplicantId() == user.accountId())
                .orElseThrow(ApplicationAccess::denied);
    }

    /**
     * The signed-in applicant's own draft, row-locked until the transaction ends (autosave, upload
     * and submit of two tabs queue up instead of overwriting each other).
     *
     * @param field the form field a "no longer a draft" refusal is shown at (null: the whole form)
     * @throws SubmissionRejected when the application is no longer a draft
     */
    GrantApplicationEntity ownDraftLocked(long id, String field) {
        PortalUser user = currentUser.require();
        GrantApplicationEntity entity = applications
                .findForUpdate(id)
                .filter(e -> e.getApplicantId() == user.accountId())
                .orElseThrow(ApplicationAccess::denied);
        if (entity.getStatus() != ApplicationStatus.DRAFT) {
            throw new SubmissionRejected(List.of(new Problem(field, "grantapplication.draft.not-editable")));
        }
        return entity;
    }

    private static AccessDeniedException denied() {
        return new AccessDeniedException("No such application");
    }
}
