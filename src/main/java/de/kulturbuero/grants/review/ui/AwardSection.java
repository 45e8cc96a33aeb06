package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.kulturbuero.grants.review.AwardFile;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;

/**
 * The case view's "award and payments": the figures, whether the notice is final, the bank
 * details (a change waiting for confirmation marked in words) and every payment with its status.
 */
class AwardSection extends Composite<Section> {

    AwardSection(AwardFile award) {
        Section root = getContent();
        root.setId("award-section");
        root.addClassName("case-section");
        root.add(new H2(getTranslation("review.payment.case.title")));

        DescriptionList figures = new DescriptionList();
        figures.setId("award-figures");
        figures.addClassName("application-details");
        add(figures, "review.payment.granted", money(award.granted()));
        add(figures, "review.payment.holdback", money(award.holdback()));
        add(figures, "review.payment.case.requested", money(award.requested()));
        add(figures, "review.payment.case.paid", money(award.paid()));
        add(figures, "review.payment.case.available", money(award.available()));
        if (award.noticeIssuedAt() != null) {
            add(figures, "review.payment.case.notice-issued", Formats.dateTime(award.noticeIssuedAt(), getLocale()));
        }
        add(
                figures,
                "review.payment.case.finality",
                award.isFinal()
                        ? getTranslation(
                                "review.payment.case.final-since",
                                Formats.dateTime(award.finalAt(), getLocale()),
                                award.finalBy() == null
                                        ? ""
                                        : getTranslation("review.audit.detail.final." + award.finalBy()))
                        : getTranslation(
                                "review.payment.case.not-final", Formats.date(award.finalAtTheLatest(), getLocale())));
        root.add(figures);

        root.add(new H3(getTranslation("review.payment.case.bank")));
        if (award.bankDetails() == null && award.pendingBankDetails() == null) {
            root.add(new Paragraph(getTranslation("review.payment.no-bank")));
        }
        if (award.bankDetails() != null) {
            root.add(account("award-bank", award.bankDetails()));
        }
        if (award.pendingBankDetails() != null) {
            Paragraph pending = new Paragraph(getTranslation("review.payment.case.pending"));
            pending.addClassName("pending-change");
            root.add(pending, account("award-bank-pending", award.pendingBankDetails()));
        }

        root.add(new H3(getTranslation("review.payment.case.payments")));
        if (award.payments().isEmpty()) {
            root.add(new Paragraph(getTranslation("review.payment.case.no-payments")));
        } else {
            root.add(payments(award));
        }
    }

    private DescriptionList account(String id, AwardFile.Account a) {
        DescriptionList list = new DescriptionList();
        list.setId(id);
        list.addClassName("application-details");
        add(list, "review.payment.holder", a.holder());
        add(list, "review.payment.iban", a.iban());
        add(list, "review.payment.bic", a.bic());
        if (a.enteredAt() != null) {
            add(
                    list,
                    "review.payment.bank.entered-by",
                    getTranslation(
                            "review.payment.by-at",
                            a.enteredByName() == null ? "–" : a.enteredByName(),
                            Formats.dateTime(a.enteredAt(), getLocale())));
        }
        return list;
    }

    private Div payments(AwardFile award) {
        NativeTable table = new NativeTable();
        table.setId("award-payments");
        table.addClassName("payment-table");
        table.setCaptionText(getTranslation("review.payment.case.payments"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "review.payment.number",
            "review.payment.amount",
            "review.payment.needed-by",
            "review.payment.purpose",
            "review.payment.case.status"
        }) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (AwardFile.Payment p : award.payments()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(String.valueOf(p.number()));
            var amount = row.addDataCell();
            amount.setText(money(p.amount()));
            amount.addClassName("amount");
            row.addDataCell().setText(p.neededBy() == null ? "–" : Formats.date(p.neededBy(), getLocale()));
            row.addDataCell().setText(p.purpose() == null ? "–" : p.purpose());
            row.addDataCell().setText(status(p));
        }
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        return scroll;
    }

    private String status(AwardFile.Payment p) {
        StringBuilder s = new StringBuilder(getTranslation(p.statusKey()));
        if (p.checkedAt() != null) {
            s.append(" – ")
                    .append(getTranslation(
                            "review.payment.case.checked-by",
                            p.checkedByName(),
                            Formats.dateTime(p.checkedAt(), getLocale())));
        }
        if (p.orderedAt() != null) {
            s.append(" – ")
                    .append(getTranslation(
                            "review.payment.case.ordered-by",
                            p.orderedByName(),
                            Formats.dateTime(p.orderedAt(), getLocale())));
        }
        if (p.paidAt() != null) {
            s.append(" – ")
                    .append(getTranslation("review.payment.case.paid-at", Formats.date(p.paidAt(), getLocale())));
        }
        if (p.refusalReason() != null) {
            s.append(" – ").append(getTranslation("review.payment.case.refusal", p.refusalReason()));
        }
        return s.toString();
    }

    private void add(DescriptionList list, String termKey, String value) {
        list.add(
                new DescriptionList.Term(getTranslation(termKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "–" : value));
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, getLocale());
    }
}
