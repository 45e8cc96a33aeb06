package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.review.ReportFollowUps;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.shared.ui.ErrorSummary;

/** Task_FollowUpReport: the clerk records how they followed up an overdue final report. */
class ReportFollowUpForm extends Composite<Div> {

    ReportFollowUpForm(String taskId, ReportFollowUps followUps, ErrorSummary errors) {
        TextArea note = new TextArea(getTranslation("review.report.follow-up.note"));
        note.setId("report-follow-up-note");
        note.setHelperText(getTranslation("review.report.follow-up.note-help"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(8000);
        note.setWidthFull();
        Button done = new Button(getTranslation("review.report.follow-up.complete"));
        done.setId("report-follow-up-complete");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            errors.clear();
            note.setInvalid(false);
            try {
                followUps.complete(taskId, note.getValue());
                Notification.show(
                                getTranslation("review.report.follow-up.done"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(InboxView.class));
            } catch (ReviewRefused refused) {
                String message = getTranslation(refused.messageKey());
                note.setErrorMessage(message);
                note.setInvalid(true);
                errors.message(message);
            }
        });
        getContent().add(new Paragraph(getTranslation("review.report.follow-up.intro")), note, done);
    }
}
