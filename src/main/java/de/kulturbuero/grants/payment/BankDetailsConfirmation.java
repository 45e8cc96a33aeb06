package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.domain.AwardRows;
import de.kulturbuero.grants.payment.domain.BankDetailsRows;
import de.kulturbuero.grants.payment.domain.BankDetailsRows.Status;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer confirms or rejects a change of bank details made after the first payment order.
 * Called by the review's task use case, which checks the officer's role and task; this class
 * holds the rule that nobody confirms their own change.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BankDetailsConfirmation {

    private final BankDetailsRows bankDetails;
    private final AwardRows awards;
    private final GrantApplicationProcessing applications;
    private final Clock clock;

    BankDetailsConfirmation(
            BankDetailsRows bankDetails, AwardRows awards, GrantApplicationProcessing applications, Clock clock) {
        this.bankDetails = bankDetails;
        this.awards = awards;
        this.applications = applications;
        this.clock = clock;
    }

    /** Whether a change waits for confirmation. */
    public boolean pending(long applicationId) {
        return bankDetails.withStatus(applicationId, Status.PENDING).isPresent();
    }

    /** Confirms the change the officer was shown ({@code bankDetailsId}); refused when a newer one came meanwhile. */
    public void confirm(long applicationId, long bankDetailsId, long officerId) {
        BankDetailsRows.Row change = pendingChange(applicationId, bankDetailsId, officerId);
        bankDetails.replaceAll(applicationId, Status.ACTIVE, Status.SUPERSEDED);
        bankDetails.decide(change.id(), Status.ACTIVE, officerId, clock.instant(), null);
    }

    public void reject(long applicationId, long bankDetailsId, long officerId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PaymentRefused("reason", "payment.bank.error.reason-missing");
        }
        PaymentRules.refuseLongReason(reason);
        BankDetailsRows.Row change = pendingChange(applicationId, bankDetailsId, officerId);
        bankDetails.decide(change.id(), Status.REJECTED, officerId, clock.instant(), reason.strip());
    }

    private BankDetailsRows.Row pendingChange(long applicationId, long bankDetailsId, long officerId) {
        // the award's row lock orders this decision and a new entry of the applicant (BankDetailsEntry locks it too)
        awards.lock(applicationId);
        BankDetailsRows.Row change = bankDetails
                .withStatus(applicationId, Status.PENDING)
                .orElseThrow(() -> new PaymentRefused(null, "payment.bank.error.nothing-pending"));
        if (change.id() != bankDetailsId) {
            throw new PaymentRefused(null, "payment.bank.error.changed-meanwhile");
        }
        if (change.enteredBy() == officerId || applications.applicantId(applicationId) == officerId) {
            throw new PaymentRefused(null, "payment.error.own-case");
        }
        return change;
    }
}
