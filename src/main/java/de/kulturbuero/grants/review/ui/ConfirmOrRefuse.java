package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.payment.PaymentProblem;
import de.kulturbuero.grants.payment.PaymentRefused;
import de.kulturbuero.grants.payment.PaymentRules;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The two ways out of a payment step: confirm, or refuse with a reason the applicant reads. On
 * success the officer goes back to the inbox; a refusal by the rules (four eyes, already dealt
 * with, missing reason) stays on the page, at the reason field where it is about the reason.
 */
class ConfirmOrRefuse extends Composite<Div> {

    /** The text keys of one step's buttons, reason field and messages. */
    record Texts(
            String confirm,
            String refuse,
            String reason,
            String reasonHelp,
            String reasonMissing,
            String confirmed,
            String refused) {}

    private final ErrorSummary errors;
    private final TextArea reason;

    ConfirmOrRefuse(Texts texts, ErrorSummary errors, Runnable confirm, Consumer<String> refuse) {
        this.errors = errors;
        reason = new TextArea(getTranslation(texts.reason()));
        reason.setId("payment-reason");
        reason.setHelperText(getTranslation(texts.reasonHelp()));
        reason.setMaxLength(PaymentRules.MAX_REASON);
        reason.setWidthFull();
        Button confirmButton = new Button(getTranslation(texts.confirm()));
        confirmButton.setId("payment-confirm");
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.addClickListener(e -> act(confirm, texts.confirmed()));
        Button refuseButton = new Button(getTranslation(texts.refuse()));
        refuseButton.setId("payment-refuse");
        refuseButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuseButton.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                // the service refuses a blank reason too; asking here saves the round trip through the rules
                showAtReason(getTranslation(texts.reasonMissing()));
                return;
            }
            act(() -> refuse.accept(reason.getValue()), texts.refused());
        });
        Div buttons = new Div(confirmButton, refuseButton);
        buttons.addClassName("payment-buttons");
        getContent().add(reason, buttons);
    }

    private void act(Runnable action, String doneKey) {
        errors.clear();
        reason.setInvalid(false);
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ReviewRefused refused) {
            refusal(getTranslation(refused.messageKey()));
        } catch (PaymentRefused refused) {
            List<String> messages = new ArrayList<>();
            for (PaymentProblem p : refused.problems()) {
                String text = getTranslation(p.messageKey(), p.arguments(getLocale()));
                if ("reason".equals(p.field())) {
                    reason.setErrorMessage(text);
                    reason.setInvalid(true);
                }
                messages.add(text);
            }
            if (messages.size() == 1) {
                refusal(messages.getFirst());
            } else {
                errors.show(messages);
            }
        }
    }

    private void showAtReason(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
        errors.message(message);
    }

    private void refusal(String message) {
        errors.message(message);
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
