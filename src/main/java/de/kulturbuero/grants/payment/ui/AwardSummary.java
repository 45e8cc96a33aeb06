package de.kulturbuero.grants.payment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.programme.PaymentTerms;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The figures of the award. They add up: granted = paid + requested and not yet paid + still
 * available + held back, so the applicant can follow where every euro stands.
 */
class AwardSummary extends Composite<Section> {

    AwardSummary(AwardOverview.View view) {
        Section root = getContent();
        PageSections.heading(root, "payment-summary", "payment.page.summary.title");
        PaymentTerms terms = view.terms();
        DescriptionList facts = PageSections.facts();
        PageSections.fact(facts, getTranslation("payment.page.summary.granted"), money(view.granted()));
        PageSections.fact(facts, getTranslation("payment.page.summary.paid"), money(view.paid()));
        PageSections.fact(
                facts,
                getTranslation("payment.page.summary.in-progress"),
                money(view.requested().subtract(view.paid())));
        PageSections.fact(facts, getTranslation("payment.page.summary.available"), money(view.available()));
        PageSections.fact(
                facts,
                getTranslation("payment.page.summary.holdback"),
                getTranslation(
                        "payment.page.summary.holdback-value",
                        money(view.holdback()),
                        percent(terms.holdbackShare()),
                        terms.holdbackParagraph()));
        PageSections.fact(
                facts,
                getTranslation("payment.page.summary.outstanding"),
                money(view.granted().subtract(view.paid())));
        root.add(facts);
        Paragraph mode =
                new Paragraph(getTranslation("payment.page.mode." + terms.mode().name(), terms.modeParagraph()));
        mode.addClassName("payment-mode");
        root.add(mode);
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, getLocale());
    }

    private String percent(BigDecimal share) {
        NumberFormat format =
                NumberFormat.getPercentInstance(getLocale().getLanguage().equals("de") ? Locale.GERMANY : Locale.UK);
        format.setMaximumFractionDigits(2);
        return format.format(share);
    }
}
