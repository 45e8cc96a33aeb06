package de.kulturbuero.grants.finalreport.domain;

import de.kulturbuero.grants.finalreport.FinalReportRules;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.pdf.PdfComposer;
import de.kulturbuero.grants.shared.pdf.PdfComposer.Column;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

/**
 * The receipt of a submitted final report: the narrative report, the figures against the plan
 * and the list of receipts exactly as submitted, in the recipient's language, set in DejaVu Sans
 * (embedded), which carries every character of the data ("Poznań", "Złoty", "¥").
 */
public final class FinalReportPdf {

    /** What the receipt shows besides the report's content. */
    public record Receipt(
            String referenceNumber,
            String title,
            String recipientName,
            Instant submittedAt,
            String partnerCity,
            ReportDraft content) {}

    private FinalReportPdf() {}

    public static byte[] render(Receipt r, Locale locale) {
        PdfComposer w = PdfComposer.a4(locale, "finalreport.pdf.title", r.referenceNumber());
        w.paragraph(w.t("grantapplication.receipt.office"));
        w.title(w.t("finalreport.pdf.title"));
        w.paragraph(w.t("finalreport.pdf.intro", r.referenceNumber(), Formats.dateTime(r.submittedAt(), locale)));

        ReportDraft d = r.content();
        w.section(w.t("finalreport.pdf.project"));
        w.labelValues()
                .row("finalreport.pdf.reference", r.referenceNumber())
                .row("finalreport.pdf.project-title", r.title())
                .row("finalreport.pdf.recipient", r.recipientName())
                .row("finalreport.pdf.submitted-at", Formats.dateTime(r.submittedAt(), locale))
                .add();

        w.section(w.t("finalreport.narrative.title"));
        w.labelValues()
                .row(
                        "finalreport.field.as-planned",
                        d.getCarriedOutAsPlanned() == null ? null : w.yesNo(d.getCarriedOutAsPlanned()))
                .row("finalreport.field.changes", d.getChanges())
                .row("finalreport.field.actual-start", w.date(d.getActualStart()))
                .row("finalreport.field.actual-end", w.date(d.getActualEnd()))
                .row("finalreport.field.place", d.getPlace())
                .row("finalreport.field.participants-local", number(d.getParticipantsLocal()))
                .row("finalreport.field.participants-partner", number(d.getParticipantsPartner()))
                .row("finalreport.field.partner-city", r.partnerCity())
                .row("finalreport.field.partner-contribution", d.getPartnerContribution())
                .row("finalreport.field.publicity", d.getPublicity())
                .add();

        w.section(w.t("finalreport.figures.title"));
        PdfComposer.Table figures = w.table(Column.text(5), Column.amount(2), Column.amount(2), Column.amount(2))
                .header(
                        w.t("finalreport.figures.col-line"),
                        w.t("finalreport.figures.planned"),
                        w.t("finalreport.figures.actual"),
                        w.t("finalreport.figures.difference"));
        for (ReportDraft.Line line : d.getLines()) {
            BigDecimal planned = line.getPlanned() == null ? BigDecimal.ZERO : line.getPlanned();
            BigDecimal actual = line.getActual() == null ? BigDecimal.ZERO : line.getActual();
            figures.row(
                    lineName(w, line),
                    line.getPlanned() == null ? w.t("finalreport.figures.new-line") : w.money(planned),
                    w.money(actual),
                    w.money(actual.subtract(planned)));
        }
        FinalReportRules.Totals totals = FinalReportRules.totals(d);
        figures.row(
                w.t("finalreport.figures.total-costs"),
                w.money(totals.plannedCosts()),
                w.money(totals.actualCosts()),
                w.money(totals.actualCosts().subtract(totals.plannedCosts())));
        figures.row(
                w.t("finalreport.figures.total-income"),
                w.money(totals.plannedIncome()),
                w.money(totals.actualIncome()),
                w.money(totals.actualIncome().subtract(totals.plannedIncome())));
        figures.add();

        w.section(w.t("finalreport.receipts.title"));
        if (d.getReceipts().isEmpty()) {
            w.paragraph(w.t("finalreport.receipts.none"));
        } else {
            PdfComposer.Table receipts = w.table(
                            Column.amount(1),
                            Column.text(2),
                            Column.text(3),
                            Column.text(3),
                            Column.text(3),
                            Column.text(4),
                            Column.amount(2))
                    .header(
                            w.t("finalreport.receipts.col-number"),
                            w.t("finalreport.receipt.date"),
                            w.t("finalreport.receipt.payee"),
                            w.t("finalreport.receipt.purpose"),
                            w.t("finalreport.receipt.line"),
                            w.t("finalreport.receipts.col-currency"),
                            w.t("finalreport.receipt.amount-eur"));
            for (int i = 0; i < d.getReceipts().size(); i++) {
                ReportDraft.Receipt rc = d.getReceipts().get(i);
                receipts.row(
                        String.valueOf(i + 1),
                        w.date(rc.getDate()),
                        rc.getPayee(),
                        rc.getPurpose(),
                        rc.getLine() == null ? "" : lineName(w, d.getLines().get(rc.getLine())),
                        rc.isForeign()
                                ? w.t(
                                        "finalreport.pdf.foreign",
                                        rc.getCurrency(),
                                        decimal(rc.getOriginalAmount(), 2, locale),
                                        decimal(rc.getRate(), 8, locale),
                                        rc.getRateSource())
                                : FinalReportRules.EUR,
                        w.money(rc.getAmountEur()));
            }
            receipts.add();
        }

        w.section(w.t("finalreport.declarations.title"));
        w.labelValues()
                .row("finalreport.declaration.economical-short", w.yesNo(d.isDeclaredEconomical()))
                .row("finalreport.declaration.receipts-short", w.yesNo(d.isDeclaredReceiptsKept()))
                .add();

        w.paragraph(w.t("finalreport.pdf.closing"), PdfComposer.SMALL, 16);
        return w.finish();
    }

    private static String number(Integer n) {
        return n == null ? null : n.toString();
    }

    /** "Costs: Travel – Train to Poznań". */
    private static String lineName(PdfComposer w, ReportDraft.Line line) {
        String kind = line.getKind() == null ? "" : w.t(line.getKind().messageKey());
        String category = line.getCategory() == null ? null : w.t(line.categoryKey());
        String label = line.getLabel() == null ? "" : line.getLabel();
        return kind + ": " + (category == null ? label : category + (label.isEmpty() ? "" : " – " + label));
    }

    private static String decimal(BigDecimal value, int maxDigits, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance("de".equals(locale.getLanguage()) ? Locale.GERMANY : Locale.UK);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(maxDigits);
        return f.format(value);
    }
}
