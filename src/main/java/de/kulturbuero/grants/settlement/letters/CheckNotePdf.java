package de.kulturbuero.grants.settlement.letters;

import static de.kulturbuero.grants.settlement.letters.LetterParts.isBlank;

import de.kulturbuero.grants.shared.pdf.PdfComposer;
import java.util.Locale;

/**
 * The check note (Prüfvermerk) as PDF: an internal record for the file, so no address block, but
 * the case, the depth of the check and why, the figures line by line as recognised, the result
 * and who checked (and who confirmed, when a second officer did). Pure, no Spring.
 */
public final class CheckNotePdf {

    private CheckNotePdf() {}

    public static byte[] render(CheckNote n, Locale locale) {
        LetterHead head = n.head();
        PdfComposer w = PdfComposer.a4(locale, "settlement.checknote.title", head.referenceNumber());
        w.paragraph(w.t("grantapplication.receipt.office"));
        w.title(w.t("settlement.checknote.title"));
        w.paragraph(w.t("settlement.checknote.intro", head.referenceNumber()));

        w.section(w.t("settlement.checknote.case"));
        w.labelValues()
                .row("settlement.letter.reference", head.referenceNumber())
                .row("settlement.letter.project", head.projectTitle())
                .row("settlement.letter.recipient", head.recipientName())
                .row("settlement.letter.date", w.date(head.date()))
                .add();

        w.section(w.t("settlement.checknote.depth"));
        w.labelValues()
                .row(
                        "settlement.checknote.depth",
                        w.t(n.inDepth() ? "settlement.checknote.in-depth" : "settlement.checknote.quick"))
                .row("settlement.checknote.depth-reason", n.depthReason())
                .add();

        LetterParts.lines(w, n.lines());

        w.section(w.t("settlement.checknote.result"));
        w.labelValues()
                .row("settlement.letter.recognised-costs", w.money(n.recognisedEligibleCosts()))
                .row("settlement.letter.actual-income", w.money(n.actualIncome()))
                .row("settlement.letter.granted", w.money(n.granted()))
                .row("settlement.letter.recomputed", w.money(n.recomputedGrant()))
                .row("settlement.letter.paid", w.money(n.paid()))
                .row("settlement.letter.balance", balance(w, n))
                .add();

        w.section(w.t("settlement.checknote.note"));
        w.paragraph(isBlank(n.note()) ? "–" : n.note());

        w.section(w.t("settlement.checknote.signatures"));
        w.labelValues()
                .row("settlement.checknote.checked-by", n.checkedBy())
                .row(
                        "settlement.checknote.confirmed-by",
                        isBlank(n.confirmedBy()) ? w.t("settlement.checknote.no-second") : n.confirmedBy())
                .add();
        return w.finish();
    }

    private static String balance(PdfComposer w, CheckNote n) {
        if (n.balance() == null) {
            return null;
        }
        return switch (n.balance().signum()) {
            case 1 -> w.t("settlement.letter.balance.pay", w.money(n.balance()));
            case -1 ->
                w.t("settlement.letter.balance.reclaim", w.money(n.balance().negate()));
            default -> w.t("settlement.letter.balance.even");
        };
    }
}
