package de.kulturbuero.grants.payment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.kulturbuero.grants.payment.AppealWaivers;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.Awards;
import de.kulturbuero.grants.payment.PaymentRefused;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Whether the notice is final: since when and how, or the day it becomes final by itself and the
 * waiver of the right to appeal, which makes it final at once.
 */
class FinalitySection extends Composite<Section> {

    private static final String FIELD_WAIVER = "waiver";

    FinalitySection(AppealWaivers waivers, AwardOverview.View view, Runnable onChange) {
        Section root = getContent();
        PageSections.heading(root, "payment-finality", "payment.page.finality.title");
        LocalDate issued = PageSections.day(view.noticeIssuedAt());
        if (view.isFinal()) {
            root.add(new Paragraph(getTranslation(
                    "payment.page.finality.final-since", date(PageSections.day(view.finalAt())), date(issued))));
            root.add(new Paragraph(
                    Awards.FinalBy.WAIVER.name().equals(view.finalBy())
                            ? getTranslation(
                                    "payment.page.finality.by-waiver",
                                    Formats.dateTime(view.appealWaivedAt(), getLocale()))
                            : getTranslation("payment.page.finality.by-timer")));
            return;
        }
        if (view.appealWaivedAt() != null) {
            // the process makes the notice final right after the waiver; this shows only in between
            root.add(new Paragraph(getTranslation(
                    "payment.page.finality.waived", Formats.dateTime(view.appealWaivedAt(), getLocale()))));
            return;
        }
        root.add(new Paragraph(
                getTranslation("payment.page.finality.not-final", date(issued), date(view.finalAtTheLatest()))));
        root.add(new Paragraph(getTranslation("payment.page.waiver.intro")));
        ErrorSummary errors = new ErrorSummary();
        Checkbox declaration = new Checkbox(getTranslation(
                "payment.page.waiver.declaration",
                date(issued),
                view.application().referenceNumber()));
        // the portal shows the service's message, not the web component's own check
        declaration.setManualValidation(true);
        declaration.setId("appeal-waiver-declaration");
        declaration.addClassName("waiver-declaration");
        declaration.addValueChangeListener(e -> {
            if (e.getValue()) {
                declaration.setInvalid(false);
            }
        });
        Button waive = new Button(getTranslation("payment.page.waiver.submit"));
        waive.setId("appeal-waiver-submit");
        waive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        waive.addClickListener(e -> {
            errors.clear();
            try {
                waivers.waive(view.application().id(), declaration.getValue());
                PageSections.success(getTranslation("payment.page.waiver.done"));
                onChange.run();
            } catch (PaymentRefused refused) {
                List<String> messages = PageSections.showAtFields(
                        root, getLocale(), refused.problems(), Map.of(FIELD_WAIVER, declaration));
                if (refused.problems().stream().anyMatch(p -> p.field() == null)) {
                    errors.show(messages);
                }
            }
        });
        root.add(errors, declaration, waive);
    }

    private String date(LocalDate date) {
        return Formats.date(date, getLocale());
    }
}
