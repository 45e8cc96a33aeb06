package de.kulturbuero.grants.review.ui;

import de.kulturbuero.grants.review.AwardFiles;
import de.kulturbuero.grants.review.BankDetailsConfirmations;
import de.kulturbuero.grants.review.PaymentChecks;
import de.kulturbuero.grants.review.PaymentOrders;
import de.kulturbuero.grants.review.ReportExtensionDecisions;
import de.kulturbuero.grants.review.ReportFollowUps;
import org.springframework.stereotype.Component;

/** The use cases behind the forms of the award's steps (payments, bank details, the report's follow-up and extension): one bean, so that the task page names them once. */
@Component
class PaymentSteps {

    final AwardFiles awards;
    final PaymentChecks checks;
    final PaymentOrders orders;
    final BankDetailsConfirmations bankDetails;
    final ReportFollowUps reportFollowUps;
    final ReportExtensionDecisions extensions;

    PaymentSteps(
            AwardFiles awards,
            PaymentChecks checks,
            PaymentOrders orders,
            BankDetailsConfirmations bankDetails,
            ReportFollowUps reportFollowUps,
            ReportExtensionDecisions extensions) {
        this.reportFollowUps = reportFollowUps;
        this.extensions = extensions;
        this.awards = awards;
        this.checks = checks;
        this.orders = orders;
        this.bankDetails = bankDetails;
    }
}
