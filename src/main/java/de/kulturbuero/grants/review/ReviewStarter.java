package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.GrantApplicationSubmitted;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the review process when an application is submitted, synchronously and in the submit
 * transaction (deliberately not an after-commit listener): application row, process instance and
 * first task commit together or not at all.
 */
@Component
class ReviewStarter {

    private final GrantReviewProcess process;
    private final CurrentUser currentUser;

    ReviewStarter(GrantReviewProcess process, CurrentUser currentUser) {
        this.process = process;
        this.currentUser = currentUser;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(GrantApplicationSubmitted event) {
        String submittedBy = currentUser.get().map(PortalUser::userId).orElse(null);
        process.start(event.applicationId(), event.referenceNumber(), event.programmeId(), submittedBy);
    }
}
