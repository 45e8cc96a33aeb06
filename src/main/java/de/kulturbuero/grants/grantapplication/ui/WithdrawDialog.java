package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.grantapplication.ApplicantActionRefused;
import de.kulturbuero.grants.grantapplication.ApplicantCaseService;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;

/** Withdrawal of an application by the applicant, with a reason (possible at any step before the decision). */
public class WithdrawDialog extends Dialog {

    private final Button opener;

    public WithdrawDialog(ApplicantCaseService cases, ApplicationSummary application, Runnable onDone) {
        setHeaderTitle(getTranslation("grantapplication.withdraw.title", application.referenceNumber()));
        TextArea reason = new TextArea(getTranslation("grantapplication.withdraw.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(ApplicantCaseService.MAX_TEXT);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("grantapplication.withdraw.explanation")), reason);
        Button confirm = new Button(getTranslation("grantapplication.withdraw.confirm"), e -> {
            try {
                cases.withdraw(application.id(), reason.getValue());
                close();
                Notification.show(
                                getTranslation("grantapplication.withdraw.done"),
                                5000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onDone.run();
            } catch (ApplicantActionRefused refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("grantapplication.withdraw.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        opener = new Button(getTranslation("grantapplication.withdraw.open"), e -> open());
        opener.addThemeVariants(ButtonVariant.LUMO_ERROR);
        opener.addClassName("withdraw-button");
    }

    /** The button that opens this dialog (the dialog attaches itself when opened). */
    public Button opener() {
        return opener;
    }
}
