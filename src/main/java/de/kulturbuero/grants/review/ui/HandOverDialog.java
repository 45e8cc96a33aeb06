package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.review.Colleague;
import de.kulturbuero.grants.review.InboxItem;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.TaskAssignment;
import de.kulturbuero.grants.shared.ui.TypedEntry;

/** Hands a task over to a colleague of the task's role, with a note (kept as internal comment). */
class HandOverDialog extends Dialog {

    HandOverDialog(TaskAssignment reviews, InboxItem item, Runnable onDone) {
        setHeaderTitle(getTranslation("review.handover.title", item.referenceNumber()));
        ComboBox<Colleague> colleague = new ComboBox<>(getTranslation("review.handover.colleague"));
        colleague.setItems(reviews.colleaguesFor(item.taskId()));
        colleague.setItemLabelGenerator(Colleague::displayName);
        colleague.setRequiredIndicatorVisible(true);
        colleague.setWidthFull();
        TypedEntry.accept(colleague);
        TextArea note = new TextArea(getTranslation("review.handover.note"));
        note.setMaxLength(8000);
        note.setWidthFull();
        add(colleague, note);
        Button confirm = new Button(getTranslation("review.handover.confirm"), e -> {
            if (colleague.getValue() == null) {
                colleague.setErrorMessage(getTranslation("review.handover.colleague-required"));
                colleague.setInvalid(true);
                return;
            }
            try {
                reviews.handOver(item.taskId(), colleague.getValue().accountId(), note.getValue());
                close();
                Notification.show(
                                getTranslation(
                                        "review.handover.done",
                                        colleague.getValue().displayName()),
                                4000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onDone.run();
            } catch (ReviewRefused refused) {
                colleague.setErrorMessage(getTranslation(refused.messageKey()));
                colleague.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("grantapplication.withdraw.cancel"), e -> close()), confirm);
    }
}
