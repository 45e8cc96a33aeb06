package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import de.kulturbuero.grants.review.PaymentOrders;
import de.kulturbuero.grants.review.PaymentTask;
import de.kulturbuero.grants.shared.ui.ErrorSummary;

/**
 * Task_OrderPayment: the second pair of eyes orders the payment (Auszahlungsanordnung) or refuses
 * it; the page names who checked it, and a refusal because the same officer checked it shows as
 * a message of its own.
 */
class PaymentOrderForm extends Composite<Div> {

    private static final ConfirmOrRefuse.Texts TEXTS = new ConfirmOrRefuse.Texts(
            "review.payment.order.confirm",
            "review.payment.refuse",
            "review.payment.reason",
            "review.payment.reason-help",
            "payment.release.error.reason-missing",
            "review.payment.order.done",
            "review.payment.refused");

    PaymentOrderForm(PaymentTask task, PaymentOrders orders, ErrorSummary errors) {
        getContent()
                .add(
                        new PaymentFacts(task, true),
                        new ConfirmOrRefuse(
                                TEXTS,
                                errors,
                                () -> orders.order(task.taskId()),
                                reason -> orders.refuse(task.taskId(), reason)));
    }
}
