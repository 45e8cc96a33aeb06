package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.review.ReportCheckPage;
import de.kulturbuero.grants.review.ReportChecks;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;

/** Task_QuickCheck: complete and plausible, or the report goes back to the recipient with the office's text. */
class QuickCheckForm extends SettlementForm {

    QuickCheckForm(ReportCheckPage page, ReportChecks checks, ErrorSummary errors) {
        super(errors);
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("review.check.quick.outcome"));
        outcome.setId("quick-check-outcome");
        outcome.setItems(false, true);
        outcome.setItemLabelGenerator(
                c -> getTranslation(c ? "review.check.quick.corrections" : "review.check.quick.go-on"));
        outcome.setValue(false);
        TextArea text = new TextArea(getTranslation("review.check.quick.text"));
        text.setId("quick-check-text");
        text.setHelperText(getTranslation(
                "review.check.quick.text-help", Formats.date(page.correctionsDueIfAskedToday(), getLocale())));
        text.setMaxLength(8000);
        text.setWidthFull();
        text.setVisible(false);
        outcome.addValueChangeListener(e -> text.setVisible(Boolean.TRUE.equals(e.getValue())));
        Button done = new Button(getTranslation("review.task.complete"));
        done.setId("quick-check-complete");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> act(
                () -> checks.quickCheck(page.taskId(), Boolean.TRUE.equals(outcome.getValue()), text.getValue()),
                text,
                "review.task.done"));
        getContent().add(new Paragraph(getTranslation("review.check.quick.intro")), outcome, text, done);
    }
}
