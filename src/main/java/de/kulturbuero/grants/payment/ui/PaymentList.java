package de.kulturbuero.grants.payment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.kulturbuero.grants.payment.AwardEntries;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.util.List;
import java.util.Locale;

/** The award's payments, newest first, each with its status in words, its dates and a refusal's reason. */
class PaymentList extends Composite<Section> {

    PaymentList(AwardOverview.View view) {
        Section root = getContent();
        PageSections.heading(root, "payment-list", "payment.page.list.title");
        List<AwardEntries.Payment> payments = AwardEntries.payments(view).reversed();
        if (payments.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("payment.page.list.empty"));
            empty.addClassName("payment-list-empty");
            root.add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("record-list");
        payments.forEach(p -> list.add(card(p)));
        root.add(list);
    }

    private ListItem card(AwardEntries.Payment p) {
        ListItem card = new ListItem();
        card.addClassNames("record-card", "payment-card");
        H3 title = new H3(
                getTranslation(p.oneSum() ? "payment.page.list.item-one-sum" : "payment.page.list.item", p.number()));
        title.addClassName("record-title");
        card.add(title, new Paragraph(badge(p.status())));
        DescriptionList facts = new DescriptionList();
        facts.addClassName("record-facts");
        fact(facts, "payment.page.list.amount", Formats.money(p.amount(), getLocale()));
        if (!p.oneSum()) {
            fact(facts, "payment.page.list.needed-by", Formats.date(p.neededBy(), getLocale()));
            fact(facts, "payment.page.list.requested-at", Formats.dateTime(p.requestedAt(), getLocale()));
        }
        if (p.purpose() != null) {
            fact(facts, "payment.page.list.purpose", p.purpose());
        }
        if (p.orderedAt() != null) {
            fact(facts, "payment.page.list.ordered-at", Formats.dateTime(p.orderedAt(), getLocale()));
        }
        if (p.paidAt() != null) {
            fact(facts, "payment.page.list.paid-at", Formats.date(p.paidAt(), getLocale()));
        }
        if (p.refused()) {
            fact(facts, "payment.page.list.refused-at", Formats.dateTime(p.refusedAt(), getLocale()));
            fact(
                    facts,
                    "payment.page.list.refusal-reason",
                    p.refusalReason() == null ? getTranslation("payment.page.list.no-reason") : p.refusalReason());
        }
        card.add(facts);
        return card;
    }

    /** The status as words; the colour only repeats them. */
    private Span badge(String status) {
        Span badge = new Span(getTranslation("payment.page.status." + status));
        badge.addClassNames("status-badge", "payment-status-" + status.toLowerCase(Locale.ROOT));
        return badge;
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(new Span(value)));
    }
}
