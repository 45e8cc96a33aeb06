package de.kulturbuero.grants.review;

import de.kulturbuero.grants.payment.Awards;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rest paid after an accepted check is still owed when an officer refuses its payment (at the
 * check or the order, e.g. because the bank details must be corrected first): it is issued anew at
 * once, so it waits in the clerk's inbox again and the case closes when it is paid; without it the
 * check would wait for a payment that never comes.
 */
@Component
class SettlementPayments {

    private final ReportCheckRows rows;
    private final Awards awards;
    private final GrantReviewProcess process;
    private final AuditLog audit;
    private final Clock clock;

    SettlementPayments(ReportCheckRows rows, Awards awards, GrantReviewProcess process, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.awards = awards;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    /** After {@code paymentId} was refused: when a check waited for it as the rest, the rest again as a new payment. */
    @Transactional(propagation = Propagation.MANDATORY)
    void afterRefusal(long applicationId, long paymentId, long officerId) {
        if (!process.waitsForSettlementPayment(paymentId)) {
            return;
        }
        ReportCheck check = rows.check(applicationId).orElseThrow();
        Optional<Long> again = awards.settle(applicationId, check.recomputedGrant());
        if (again.isPresent() && process.settlementPaymentReplaced(paymentId, again.get())) {
            audit.record(
                    applicationId,
                    null,
                    "SETTLEMENT_REISSUED",
                    officerId,
                    clock.instant(),
                    paymentId + " -> " + again.get());
        }
    }
}
