package de.kulturbuero.grants.settlement.letters;

import static de.kulturbuero.grants.settlement.letters.LetterParts.isBlank;
import static de.kulturbuero.grants.settlement.letters.LetterParts.percent;

import de.kulturbuero.grants.settlement.CityAccount;
import de.kulturbuero.grants.settlement.ReclaimInterest;
import de.kulturbuero.grants.shared.pdf.PdfComposer;
import de.kulturbuero.grants.shared.pdf.PdfComposer.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The reclaim notice (Rückforderungsbescheid) as PDF: the decision (grant revoked in part, amount
 * to repay by the due date, interest or its waiver), the reasons with the recognised figures, the
 * recipient's response in the hearing and the legal basis, the interest period by period up to the
 * due date and per day after it, the city's account, and the legal remedy. Pure, no Spring.
 *
 * <p>Each period's interest is printed to four decimals, not to the cent: the rule sums the periods
 * exactly and rounds once per tranche ({@link ReclaimInterest}), so periods rounded one by one
 * could add up to a cent more or less than the total printed beneath them (14.41 + 20.87 against
 * 35.27 for 1,000 € over the 2024 change of rate), and the recipient could not check the sum.
 */
public final class ReclaimNoticePdf {

    private static final BigDecimal DIVISOR = BigDecimal.valueOf(100L * ReclaimInterest.DAYS_PER_YEAR);

    private ReclaimNoticePdf() {}

    public static byte[] render(ReclaimNotice n, Locale locale) {
        LetterHead head = n.head();
        PdfComposer w = LetterParts.letter(locale, "settlement.reclaim.title", head);
        LetterParts.salutation(w, head);
        w.paragraph(w.t("settlement.reclaim.intro"));

        w.section(w.t("settlement.reclaim.decision.title"));
        w.paragraph(w.t("settlement.reclaim.decision.revoke", w.money(n.recomputedGrant()), w.money(n.granted())));
        w.paragraph(
                w.t("settlement.reclaim.decision.repay", w.money(n.paid()), w.money(n.reclaim()), w.date(n.dueDate())));
        if (n.interest() == null) {
            w.paragraph(w.t("settlement.reclaim.decision.interest-waived"));
        } else {
            w.paragraph(w.t(
                    "settlement.reclaim.decision.interest",
                    w.date(n.interestFrom()),
                    w.money(n.interest().total()),
                    w.date(n.dueDate())));
        }

        w.section(w.t("settlement.reclaim.reasons.title"));
        w.paragraph(w.t("settlement.reclaim.reasons.body", w.money(n.recomputedGrant())));
        LetterParts.lines(w, n.lines());
        w.labelValues()
                .row("settlement.letter.granted", w.money(n.granted()))
                .row("settlement.letter.recomputed", w.money(n.recomputedGrant()))
                .row("settlement.letter.paid", w.money(n.paid()))
                .row("settlement.letter.reclaim", w.money(n.reclaim()))
                .add();
        w.strong(w.t("settlement.reclaim.hearing"));
        if (isBlank(n.hearingResponse())) {
            w.paragraph(w.t("settlement.reclaim.hearing-none"));
        } else {
            w.paragraph(n.hearingResponse());
            w.paragraph(w.t("settlement.reclaim.hearing-considered"));
        }
        if (!isBlank(n.legalBasis())) {
            w.strong(w.t("settlement.reclaim.legal-basis"));
            w.paragraph(n.legalBasis());
        }

        w.section(w.t("settlement.reclaim.interest.title"));
        if (n.interest() == null) {
            w.labelValues()
                    .row("settlement.reclaim.interest.waived", w.t("settlement.reclaim.interest.waived-yes"))
                    .row("settlement.reclaim.interest.waiver-reason", n.interestWaiverReason())
                    .add();
        } else {
            interest(w, n);
        }

        w.section(w.t("settlement.reclaim.payment.title"));
        BigDecimal total = n.reclaim()
                .add(n.interest() == null ? BigDecimal.ZERO : n.interest().total());
        w.paragraph(w.t("settlement.reclaim.payment.body", w.money(total), w.date(n.dueDate())));
        CityAccount account = n.cityAccount();
        PdfComposer.LabelValues pay = w.labelValues()
                .row("settlement.reclaim.payment.holder", account.holder())
                .row("settlement.reclaim.payment.iban", account.printedIban());
        if (account.bic() != null) {
            pay.row("settlement.reclaim.payment.bic", account.bic());
        }
        pay.row("settlement.reclaim.payment.reference", n.paymentReference())
                .row("settlement.reclaim.payment.amount", w.money(total))
                .add();

        w.section(w.t("settlement.reclaim.remedy.title"));
        w.paragraph(w.t("settlement.reclaim.remedy"));
        LetterParts.signature(w, head);
        return w.finish();
    }

    private static void interest(PdfComposer w, ReclaimNotice n) {
        Locale locale = w.locale();
        ReclaimInterest.Result result = n.interest();
        PdfComposer.Table table = w.table(
                        Column.text(4), Column.amount(1), Column.amount(2), Column.amount(2), Column.amount(2))
                .header(
                        w.t("settlement.reclaim.interest.col-period"),
                        w.t("settlement.reclaim.interest.col-days"),
                        w.t("settlement.reclaim.interest.col-base"),
                        w.t("settlement.reclaim.interest.col-rate"),
                        w.t("settlement.reclaim.interest.col-amount"));
        boolean severalTranches = result.tranches().size() > 1;
        for (ReclaimInterest.TrancheInterest tranche : result.tranches()) {
            if (severalTranches) {
                table.row(
                        w.t(
                                "settlement.reclaim.interest.tranche",
                                w.money(tranche.tranche().amount()),
                                w.date(tranche.tranche().from())),
                        "",
                        "",
                        "",
                        "");
            }
            for (ReclaimInterest.Period p : tranche.periods()) {
                BigDecimal amount = tranche.tranche()
                        .amount()
                        .multiply(p.rate())
                        .multiply(BigDecimal.valueOf(p.days()))
                        .divide(DIVISOR, 4, RoundingMode.HALF_UP);
                table.row(
                        w.date(p.from()) + " – " + w.date(p.until().minusDays(1)),
                        String.valueOf(p.days()),
                        percent(p.baseRate(), locale),
                        percent(p.rate(), locale),
                        fourDecimals(amount, locale));
            }
            if (severalTranches) {
                table.row(w.t("settlement.reclaim.interest.tranche-total"), "", "", "", w.money(tranche.interest()));
            }
        }
        table.totalRow(
                        w.t("settlement.reclaim.interest.total", w.date(n.dueDate())),
                        "",
                        "",
                        "",
                        w.money(result.total()))
                .add();
        w.paragraph(w.t("settlement.reclaim.interest.method"), PdfComposer.SMALL, 4);
        lastRate(result)
                .ifPresent(rate -> w.paragraph(
                        w.t(
                                "settlement.reclaim.interest.per-day",
                                w.date(n.dueDate()),
                                w.money(n.reclaim().multiply(rate).divide(DIVISOR, 2, RoundingMode.HALF_UP)),
                                percent(rate, locale)),
                        PdfComposer.TEXT,
                        6));
    }

    /** Euros to four decimals, as the language writes money ("14,4060 €", "€14.4060"). */
    private static String fourDecimals(BigDecimal amount, Locale locale) {
        NumberFormat format =
                NumberFormat.getCurrencyInstance("de".equals(locale.getLanguage()) ? Locale.GERMANY : Locale.UK);
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMinimumFractionDigits(4);
        format.setMaximumFractionDigits(4);
        return format.format(amount);
    }

    /** The rate of the period that ends last: the one running on the due date. */
    private static Optional<BigDecimal> lastRate(ReclaimInterest.Result result) {
        return result.tranches().stream()
                .flatMap(t -> t.periods().stream())
                .max(Comparator.comparing(ReclaimInterest.Period::until))
                .map(ReclaimInterest.Period::rate);
    }
}
