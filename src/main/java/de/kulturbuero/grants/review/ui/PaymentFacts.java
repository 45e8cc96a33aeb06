package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.kulturbuero.grants.review.AwardFile;
import de.kulturbuero.grants.review.PaymentTask;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;

/**
 * What an officer checks before signing a payment: the request, the award's figures around it
 * and the account the money goes to; for the payment order also who checked it and when.
 */
class PaymentFacts extends Composite<Div> {

    PaymentFacts(PaymentTask task, boolean withCheck) {
        Div root = getContent();
        root.addClassName("payment-facts");
        AwardFile award = task.award();
        AwardFile.Payment payment = task.payment();

        DescriptionList request = list("payment-request");
        add(request, "review.payment.number", getTranslation("review.payment.number-value", payment.number()));
        add(request, "review.payment.amount", money(payment.amount()));
        add(request, "review.payment.needed-by", Formats.date(payment.neededBy(), getLocale()));
        add(request, "review.payment.purpose", payment.purpose() == null ? "–" : payment.purpose());
        if (payment.requestedAt() != null) {
            add(request, "review.payment.requested-at", Formats.dateTime(payment.requestedAt(), getLocale()));
        }
        if (withCheck && payment.checkedAt() != null) {
            add(
                    request,
                    "review.payment.checked",
                    getTranslation(
                            "review.payment.by-at",
                            payment.checkedByName(),
                            Formats.dateTime(payment.checkedAt(), getLocale())));
        }
        root.add(new H3(getTranslation("review.payment.request")), request);

        DescriptionList figures = list("payment-figures");
        add(figures, "review.payment.granted", money(award.granted()));
        add(figures, "review.payment.holdback", money(award.holdback()));
        add(figures, "review.payment.released", money(award.releasedBesides(payment.id())));
        BigDecimal open = award.openBesides(payment.id());
        if (open.signum() > 0) {
            add(figures, "review.payment.other-open", money(open));
        }
        add(figures, "review.payment.this-payment", money(payment.amount()));
        add(figures, "review.payment.available-after", money(award.available()));
        root.add(new H3(getTranslation("review.payment.award")), figures);
        if (!award.isFinal()) {
            root.add(new Paragraph(
                    getTranslation("review.payment.not-final", Formats.date(award.finalAtTheLatest(), getLocale()))));
        }

        root.add(new H3(getTranslation("review.payment.bank")));
        AwardFile.Account account = award.bankDetails();
        if (account == null) {
            root.add(new Paragraph(getTranslation("review.payment.no-bank")));
        } else {
            DescriptionList bank = list("payment-bank");
            add(bank, "review.payment.holder", account.holder());
            add(bank, "review.payment.iban", account.iban());
            add(bank, "review.payment.bic", account.bic() == null ? "–" : account.bic());
            root.add(bank);
        }
        if (award.pendingBankDetails() != null) {
            Paragraph note = new Paragraph(getTranslation("review.payment.pending-change-note"));
            note.addClassName("pending-change");
            root.add(note);
        }
    }

    private DescriptionList list(String id) {
        DescriptionList list = new DescriptionList();
        list.setId(id);
        list.addClassName("application-details");
        return list;
    }

    private void add(DescriptionList list, String termKey, String value) {
        list.add(
                new DescriptionList.Term(getTranslation(termKey)),
                new DescriptionList.Description(value == null ? "–" : value));
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, getLocale());
    }
}
