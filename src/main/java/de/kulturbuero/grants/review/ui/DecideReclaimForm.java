package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.review.Reclaim;
import de.kulturbuero.grants.review.ReclaimSteps;
import de.kulturbuero.grants.review.ReportCheckPage;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.MoneyField;

/** Task_DecideReclaim: the amount after the hearing (at most the proposed one), the interest or its waiver with a reason. */
class DecideReclaimForm extends SettlementForm {

    DecideReclaimForm(ReportCheckPage page, ReclaimSteps reclaims, ErrorSummary errors) {
        super(errors);
        Reclaim reclaim = page.reclaim().orElseThrow();
        Paragraph response = new Paragraph(
                page.hearingResponse() == null
                        ? getTranslation("review.reclaim.no-response")
                        : getTranslation("review.reclaim.response", page.hearingResponse()));
        response.setId("reclaim-response");
        MoneyField amount = new MoneyField(getTranslation("review.reclaim.amount"));
        amount.setId("reclaim-amount");
        amount.setValue(reclaim.proposed());
        amount.setHelperText(
                getTranslation("review.reclaim.amount-help", Formats.money(reclaim.proposed(), getLocale())));
        Checkbox waive = new Checkbox(getTranslation("review.reclaim.waive"));
        waive.setId("reclaim-waive");
        TextArea reason = new TextArea(getTranslation("review.reclaim.waiver-reason"));
        reason.setId("reclaim-waiver-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setVisible(false);
        waive.addValueChangeListener(e -> reason.setVisible(e.getValue()));
        Button done = new Button(getTranslation("review.reclaim.decide"));
        done.setId("reclaim-decide");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> act(
                () -> reclaims.decide(page.taskId(), amount.getValue(), waive.getValue(), reason.getValue()),
                waive.getValue() ? reason : amount,
                "review.reclaim.decided"));
        getContent().add(response, amount, waive, reason, done);
    }
}
