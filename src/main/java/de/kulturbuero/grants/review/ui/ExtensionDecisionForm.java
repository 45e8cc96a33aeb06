package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.finalreport.ExtensionRules;
import de.kulturbuero.grants.finalreport.FinalReportRefused;
import de.kulturbuero.grants.finalreport.ReportExtension;
import de.kulturbuero.grants.finalreport.ReportProblem;
import de.kulturbuero.grants.review.ReportExtensionDecisions;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.DateFields;
import de.kulturbuero.grants.shared.ui.ErrorSummary;

/**
 * Task_DecideExtension: the recipient's request for more time for the final report, and the
 * clerk's grant (the wished date or another one) or refusal with a reason for the recipient.
 */
class ExtensionDecisionForm extends Composite<Div> {

    private final ErrorSummary errors;

    ExtensionDecisionForm(String taskId, ReportExtensionDecisions decisions, ErrorSummary errors) {
        this.errors = errors;
        ReportExtensionDecisions.Pending pending;
        try {
            pending = decisions.pending(taskId);
        } catch (ReviewRefused gone) {
            getContent().add(new Paragraph(getTranslation(gone.messageKey())));
            return;
        }
        ReportExtension request = pending.request();
        Div shown = new Div(
                new Paragraph(getTranslation(
                        "review.extension.current-due", Formats.date(pending.currentDue(), getLocale()))),
                new Paragraph(getTranslation(
                        "review.extension.requested",
                        Formats.date(request.requestedDate(), getLocale()),
                        Formats.dateTime(request.requestedAt(), getLocale()))),
                new H3(getTranslation("review.extension.reason")),
                new Paragraph(request.reason()));
        shown.setId("extension-request");

        DatePicker newDue = DateFields.configure(new DatePicker(getTranslation("review.extension.new-due")));
        newDue.setId("extension-new-due");
        newDue.setValue(request.requestedDate());
        newDue.setHelperText(
                getTranslation("review.extension.new-due-help", Formats.date(pending.currentDue(), getLocale())));
        Button grant = new Button(getTranslation("review.extension.grant"));
        grant.setId("extension-grant");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.addClickListener(
                e -> act(() -> decisions.grant(taskId, newDue.getValue()), newDue, "review.extension.granted"));

        TextArea refusal = new TextArea(getTranslation("review.extension.refusal"));
        refusal.setId("extension-refusal");
        refusal.setMaxLength(ExtensionRules.MAX_REASON);
        refusal.setHelperText(getTranslation("review.extension.refusal-help"));
        refusal.setWidthFull();
        Button refuse = new Button(getTranslation("review.extension.refuse"));
        refuse.setId("extension-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.addClickListener(
                e -> act(() -> decisions.refuse(taskId, refusal.getValue()), refusal, "review.extension.refused"));

        getContent()
                .add(new Paragraph(getTranslation("review.extension.intro")), shown, newDue, grant, refusal, refuse);
    }

    private void act(Runnable action, HasValidation field, String doneKey) {
        errors.clear();
        field.setInvalid(false);
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (FinalReportRefused refused) {
            ReportProblem p = refused.problems().getFirst();
            show(field, getTranslation(p.messageKey(), p.arguments(getLocale())));
        } catch (ReviewRefused refused) {
            show(field, getTranslation(refused.messageKey()));
        }
    }

    private void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        errors.message(message);
    }
}
