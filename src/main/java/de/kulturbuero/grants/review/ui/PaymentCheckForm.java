package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import de.kulturbuero.grants.review.PaymentChecks;
import de.kulturbuero.grants.review.PaymentTask;
import de.kulturbuero.grants.shared.ui.ErrorSummary;

/** Task_CheckPayment: the first pair of eyes signs the request as factually and arithmetically correct, or refuses it. */
class PaymentCheckForm extends Composite<Div> {

    private static final ConfirmOrRefuse.Texts TEXTS = new ConfirmOrRefuse.Texts(
            "review.payment.check.confirm",
            "review.payment.refuse",
            "review.payment.reason",
            "review.payment.reason-help",
            "payment.release.error.reason-missing",
            "review.payment.check.done",
            "review.payment.refused");

    PaymentCheckForm(PaymentTask task, PaymentChecks checks, ErrorSummary errors) {
        getContent()
                .add(
                        new PaymentFacts(task, false),
                        new ConfirmOrRefuse(
                                TEXTS,
                                errors,
                                () -> checks.confirm(task.taskId()),
                                reason -> checks.refuse(task.taskId(), reason)));
    }
}
