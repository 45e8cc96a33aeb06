package de.kulturbuero.grants.demo;

import de.kulturbuero.grants.payment.AppealWaivers;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.BankDetailsEntry;
import de.kulturbuero.grants.payment.PaymentRequesting;
import de.kulturbuero.grants.review.CaseFiles;
import de.kulturbuero.grants.review.PaymentChecks;
import de.kulturbuero.grants.review.PaymentOrders;
import de.kulturbuero.grants.review.ProcessStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The money phase's use cases as the demo cases call them, each as the signed-in demo user. */
@Component
@ConditionalOnProperty(name = "grants.demo-cases", havingValue = "true")
class DemoPayments {

    private final AwardOverview awards;
    private final AppealWaivers waivers;
    private final BankDetailsEntry bankDetails;
    private final PaymentRequesting requesting;
    private final PaymentChecks checks;
    private final PaymentOrders orders;
    private final CaseFiles caseFiles;

    DemoPayments(
            AwardOverview awards,
            AppealWaivers waivers,
            BankDetailsEntry bankDetails,
            PaymentRequesting requesting,
            PaymentChecks checks,
            PaymentOrders orders,
            CaseFiles caseFiles) {
        this.awards = awards;
        this.waivers = waivers;
        this.bankDetails = bankDetails;
        this.requesting = requesting;
        this.checks = checks;
        this.orders = orders;
        this.caseFiles = caseFiles;
    }

    boolean award(long applicationId) {
        return awards.of(applicationId).isPresent();
    }

    void waive(long applicationId) {
        waivers.waive(applicationId, true);
    }

    void bankDetails(long applicationId, String holder, String iban, String bic) {
        bankDetails.enter(applicationId, holder, iban, bic);
    }

    /** A request needed in ten days; returns the application id for the next steps. */
    long request(long applicationId, String amount, String purpose) {
        requesting.request(
                applicationId, new BigDecimal(amount), LocalDate.now().plusDays(10), purpose);
        return applicationId;
    }

    void check(long applicationId) {
        checks.confirm(task(applicationId, ProcessStep.CHECK_PAYMENT));
    }

    void order(long applicationId) {
        orders.order(task(applicationId, ProcessStep.ORDER_PAYMENT));
    }

    private String task(long applicationId, ProcessStep step) {
        return caseFiles.caseFile(applicationId).openTasks().stream()
                .filter(t -> t.step().equals(step.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo case " + applicationId + " has no open " + step))
                .taskId();
    }
}
