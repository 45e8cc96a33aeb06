package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.GrantApplicationEntity;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;

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

    GrantApplicationProcessing(GrantApplicationRepository applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    public void changeStatus(long applicationId, ApplicationStatus status) {
        load(applicationId).changeStatus(status, clock.instant());
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

    /** Requested amount, for the decision's checks. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public BigDecimal requestedAmount(long applicationId) {
        return load(applicationId).getRequestedAmount();
    }

    private GrantApplicationEntity load(long applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " not found"));
    }
}
