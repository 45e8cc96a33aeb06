package de.kulturbuero.grants.grantapplication;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access rules of {@link ApplicationAccess} for the modules that work on an application
 * after its decision (payments): the same refusal for a foreign and an unknown id.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class ApplicationGate {

    private final ApplicationAccess access;
    private final GrantApplicationProcessing applications;

    ApplicationGate(ApplicationAccess access, GrantApplicationProcessing applications) {
        this.access = access;
        this.applications = applications;
    }

    /** The application, when the signed-in user may read it (their own, or any submitted one for an officer). */
    public ApplicationSummary readable(long applicationId) {
        access.readable(applicationId);
        return applications.summary(applicationId);
    }

    /** The signed-in applicant's own application. */
    public ApplicationSummary own(long applicationId) {
        access.own(applicationId);
        return applications.summary(applicationId);
    }
}
