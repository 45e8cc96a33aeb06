package de.kulturbuero.grants.settlement.letters;

import de.kulturbuero.grants.shared.pdf.PdfComposer;
import de.kulturbuero.grants.shared.pdf.PdfComposer.Column;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** What the three letters share: the head, the table of recognised figures, the signature. */
final class LetterParts {

    private LetterParts() {}

    /** A letter to the recipient: sender, address, date, the letter's title and its subject line. */
    static PdfComposer letter(Locale locale, String titleKey, LetterHead head) {
        PdfComposer w = PdfComposer.letter(locale, titleKey, head.referenceNumber());
        w.letterHead(
                w.t("grantapplication.receipt.office"), head.recipientName(), head.recipientAddress(), head.date());
        w.title(w.t(titleKey));
        w.strong(w.t("settlement.letter.subject", head.referenceNumber(), orEmpty(head.projectTitle())));
        return w;
    }

    static void salutation(PdfComposer w, LetterHead head) {
        w.paragraph(w.t("settlement.letter.salutation", orEmpty(head.recipientName())), PdfComposer.TEXT, 12);
    }

    /** The lines as recognised, with their totals. */
    static void lines(PdfComposer w, List<LineFinding> lines) {
        w.section(w.t("settlement.letter.lines.title"));
        if (lines == null || lines.isEmpty()) {
            w.paragraph(w.t("settlement.letter.lines.none"));
            return;
        }
        PdfComposer.Table table = w.table(
                        Column.text(4),
                        Column.amount(2.4f),
                        Column.amount(2.4f),
                        Column.amount(2.4f),
                        Column.text(3.5f))
                .header(
                        w.t("settlement.letter.lines.col-line"),
                        w.t("settlement.letter.lines.col-planned"),
                        w.t("settlement.letter.lines.col-claimed"),
                        w.t("settlement.letter.lines.col-recognised"),
                        w.t("settlement.letter.lines.col-reason"));
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal claimed = BigDecimal.ZERO;
        BigDecimal recognised = BigDecimal.ZERO;
        for (LineFinding line : lines) {
            table.row(
                    line.lineLabel(),
                    line.planned() == null ? w.t("settlement.letter.lines.not-planned") : w.money(line.planned()),
                    w.money(line.claimed()),
                    w.money(line.recognised()),
                    orEmpty(line.reason()));
            planned = planned.add(orZero(line.planned()));
            claimed = claimed.add(orZero(line.claimed()));
            recognised = recognised.add(orZero(line.recognised()));
        }
        table.totalRow(
                        w.t("settlement.letter.lines.total"),
                        w.money(planned),
                        w.money(claimed),
                        w.money(recognised),
                        "")
                .add();
    }

    /** Regards, the officer who signs (when named) and the office. */
    static void signature(PdfComposer w, LetterHead head) {
        w.paragraph(w.t("settlement.letter.closing"), PdfComposer.TEXT, 18);
        if (head.officerName() != null && !head.officerName().isBlank()) {
            w.paragraph(head.officerName(), PdfComposer.TEXT, 18);
        }
        w.paragraph(w.t("settlement.letter.office"));
    }

    /** A rate in percent per year: "8,62 %" in German, "8.62%" in English; at least two decimals. */
    static String percent(BigDecimal rate, Locale locale) {
        boolean german = "de".equals(locale.getLanguage());
        NumberFormat f = NumberFormat.getNumberInstance(german ? Locale.GERMANY : Locale.UK);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(4);
        return f.format(rate) + (german ? " %" : "%");
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
