package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.domain.AwardRows;
import de.kulturbuero.grants.payment.domain.BankDetailsRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.payment.domain.PaymentRows.Status;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two eyes of a payment's release: the factual and arithmetical check ("sachlich und
 * rechnerisch richtig") and the payment order (Auszahlungsanordnung) by a different officer.
 * The review's task use cases check the role and the task; this class holds the rules on the
 * people and the money, so no caller can skip them.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PaymentRelease {

    private final PaymentRows payments;
    private final AwardRows awards;
    private final BankDetailsRows bankDetails;
    private final GrantApplicationProcessing applications;
    private final Clock clock;

    PaymentRelease(
            PaymentRows payments,
            AwardRows awards,
            BankDetailsRows bankDetails,
            GrantApplicationProcessing applications,
            Clock clock) {
        this.payments = payments;
        this.awards = awards;
        this.bankDetails = bankDetails;
        this.applications = applications;
        this.clock = clock;
    }

    public PaymentRows.Row payment(long paymentId) {
        return payments.find(paymentId).orElseThrow(() -> new IllegalArgumentException("No payment " + paymentId));
    }

    /** First pair of eyes. */
    public void confirmChecked(long paymentId, long officerId) {
        PaymentRows.Row p = inStatus(paymentId, Status.REQUESTED);
        refuseOwnCase(p, officerId);
        if (!payments.checked(paymentId, officerId, clock.instant())) {
            throw new PaymentRefused(null, "payment.release.error.not-open");
        }
    }

    /**
     * Second pair of eyes: never the officer who checked it. The award is locked and the cap
     * checked again, so two orders at the same moment can never exceed the grant less the holdback.
     */
    public void order(long paymentId, long officerId) {
        PaymentRows.Row p = inStatus(paymentId, Status.CHECKED);
        refuseOwnCase(p, officerId);
        if (p.checkedBy() != null && p.checkedBy() == officerId) {
            throw new PaymentRefused(null, "payment.release.error.same-officer");
        }
        AwardRows.Row award = awards.lock(p.applicationId()).orElseThrow();
        if (!award.isFinal()) {
            throw new PaymentRefused(null, "payment.request.error.not-final");
        }
        BigDecimal releasedBefore = payments.ofApplication(p.applicationId()).stream()
                .filter(o -> o.id() != paymentId && (o.status() == Status.ORDERED || o.status() == Status.PAID))
                .map(PaymentRows.Row::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // after the check of the final report the cap is the recomputed grant, holdback included
        BigDecimal payable = awards.settledGrant(p.applicationId())
                .orElseGet(() -> PaymentRules.payableBeforeReport(award.granted(), award.holdback()));
        if (releasedBefore.add(p.amount()).compareTo(payable) > 0) {
            throw new PaymentRefused(
                    null,
                    "payment.release.error.over-grant",
                    payable.subtract(releasedBefore).max(BigDecimal.ZERO));
        }
        BankDetailsRows.Row account = bankDetails
                .withStatus(p.applicationId(), BankDetailsRows.Status.ACTIVE)
                .orElseThrow(() -> new PaymentRefused(null, "payment.release.error.no-bank-details"));
        if (!payments.ordered(paymentId, officerId, clock.instant(), account.id())) {
            throw new PaymentRefused(null, "payment.release.error.not-open");
        }
    }

    /** Either pair of eyes refuses, with a reason the applicant sees. */
    public void refuse(long paymentId, long officerId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PaymentRefused("reason", "payment.release.error.reason-missing");
        }
        PaymentRules.refuseLongReason(reason);
        PaymentRows.Row p = payment(paymentId);
        if (p.status() != Status.REQUESTED && p.status() != Status.CHECKED) {
            throw new PaymentRefused(null, "payment.release.error.not-open");
        }
        refuseOwnCase(p, officerId);
        if (!payments.refused(paymentId, officerId, clock.instant(), reason.strip())) {
            throw new PaymentRefused(null, "payment.release.error.not-open");
        }
    }

    private PaymentRows.Row inStatus(long paymentId, Status expected) {
        PaymentRows.Row p = payment(paymentId);
        if (p.status() != expected) {
            throw new PaymentRefused(null, "payment.release.error.not-open");
        }
        return p;
    }

    private void refuseOwnCase(PaymentRows.Row p, long officerId) {
        if (applications.applicantId(p.applicationId()) == officerId
                || (p.requestedBy() != null && p.requestedBy() == officerId)) {
            throw new PaymentRefused(null, "payment.error.own-case");
        }
    }
}
