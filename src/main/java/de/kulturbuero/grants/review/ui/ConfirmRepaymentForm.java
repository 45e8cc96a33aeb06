package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.kulturbuero.grants.review.Reclaim;
import de.kulturbuero.grants.review.ReclaimSteps;
import de.kulturbuero.grants.review.ReportCheckPage;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.math.BigDecimal;

/** Task_ConfirmRepayment: the cash office confirms the money came back (date, amount), or sends a reminder and keeps the task. */
class ConfirmRepaymentForm extends SettlementForm {

    ConfirmRepaymentForm(ReportCheckPage page, ReclaimSteps reclaims, ErrorSummary errors) {
        super(errors);
        Reclaim reclaim = page.reclaim().orElseThrow();
        BigDecimal owed = reclaim.amount().add(reclaim.interest() == null ? BigDecimal.ZERO : reclaim.interest());
        Paragraph facts = new Paragraph(getTranslation(
                "review.repayment.owed",
                Formats.money(owed, getLocale()),
                Formats.date(reclaim.dueDate(), getLocale())));
        facts.setId("repayment-owed");
        DatePicker on = new DatePicker(getTranslation("review.repayment.date"));
        on.setId("repayment-date");
        MoneyField amount = new MoneyField(getTranslation("review.repayment.amount"));
        amount.setId("repayment-amount");
        amount.setValue(owed);
        Button confirm = new Button(getTranslation("review.repayment.confirm"));
        confirm.setId("repayment-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> act(
                () -> reclaims.confirmRepayment(page.taskId(), on.getValue(), amount.getValue()),
                on,
                "review.repayment.confirmed"));
        Button remind = new Button(getTranslation("review.repayment.remind"));
        remind.setId("repayment-remind");
        remind.addClickListener(e -> {
            errors.clear();
            try {
                reclaims.remind(page.taskId());
                Notification.show(getTranslation("review.repayment.reminded"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ReviewRefused refused) {
                errors.message(getTranslation(refused.messageKey()));
            }
        });
        Div buttons = new Div(confirm, remind);
        buttons.addClassName("payment-buttons");
        getContent().add(facts, on, amount, buttons);
    }
}
