package de.kulturbuero.grants.review.process;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import org.springframework.stereotype.Component;

/**
 * Beans called from BPMN process 'grant-application' as {@code ${grantReviewTasks...}}. Each
 * method calls one module-service method, inside the engine's transaction.
 */
@Component("grantReviewTasks")
public class GrantReviewTasks {

    private final GrantApplicationProcessing applications;

    GrantReviewTasks(GrantApplicationProcessing applications) {
        this.applications = applications;
    }

    /**
     * Called from BPMN process 'grant-application' when a step or end event is reached
     * (execution listener on Task_FormalCheck, Task_Decision and the end events): sets the
     * public status the applicant sees.
     */
    public void statusChanged(Long applicationId, String status) {
        applications.changeStatus(applicationId, ApplicationStatus.valueOf(status));
    }
}
