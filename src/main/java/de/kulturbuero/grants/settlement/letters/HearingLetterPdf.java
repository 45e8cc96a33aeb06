package de.kulturbuero.grants.settlement.letters;

import de.kulturbuero.grants.shared.pdf.PdfComposer;
import java.util.Locale;

/**
 * The hearing letter (Anhörung, § 28 VwVfG) as PDF: the office's intention to revoke the notice
 * in part and reclaim an amount, the figures it rests on, and the day by which the recipient may
 * respond. Pure, no Spring.
 */
public final class HearingLetterPdf {

    private HearingLetterPdf() {}

    public static byte[] render(HearingLetter h, Locale locale) {
        LetterHead head = h.head();
        PdfComposer w = LetterParts.letter(locale, "settlement.hearing.title", head);
        LetterParts.salutation(w, head);
        w.paragraph(w.t(
                "settlement.hearing.body",
                w.money(h.recomputedGrant()),
                w.money(h.granted()),
                w.money(h.paid()),
                w.money(h.reclaim())));

        LetterParts.lines(w, h.lines());

        w.section(w.t("settlement.hearing.figures"));
        w.labelValues()
                .row("settlement.letter.granted", w.money(h.granted()))
                .row("settlement.letter.recomputed", w.money(h.recomputedGrant()))
                .row("settlement.letter.paid", w.money(h.paid()))
                .row("settlement.letter.reclaim", w.money(h.reclaim()))
                .add();

        w.paragraph(w.t("settlement.hearing.interest"), PdfComposer.TEXT, 12);
        w.strong(w.t("settlement.hearing.respond", w.date(h.respondBy()), head.referenceNumber()));
        LetterParts.signature(w, head);
        return w.finish();
    }
}
