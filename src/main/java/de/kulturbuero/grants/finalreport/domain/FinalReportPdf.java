package de.kulturbuero.grants.finalreport.domain;

import de.kulturbuero.grants.finalreport.FinalReportRules;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.pdf.EmbeddedFonts;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

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

    private static final BaseFont REGULAR = EmbeddedFonts.REGULAR;
    private static final BaseFont BOLD = EmbeddedFonts.BOLD;

    private FinalReportPdf() {}

    public static byte[] render(Receipt r, Locale locale) {
        Writer w = new Writer(Bundle.of(locale), locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(w.t("finalreport.pdf.title") + " " + r.referenceNumber());
        doc.open();
        doc.add(new Paragraph(w.t("grantapplication.receipt.office"), new Font(REGULAR, 10)));
        Paragraph title = new Paragraph(w.t("finalreport.pdf.title"), new Font(BOLD, 18));
        title.setSpacingBefore(12);
        doc.add(title);
        doc.add(new Paragraph(
                w.t("finalreport.pdf.intro", r.referenceNumber(), Formats.dateTime(r.submittedAt(), locale)),
                new Font(REGULAR, 10)));

        ReportDraft d = r.content();
        w.section(doc, "finalreport.pdf.project");
        PdfPTable t = w.table();
        w.row(t, "finalreport.pdf.reference", r.referenceNumber());
        w.row(t, "finalreport.pdf.project-title", r.title());
        w.row(t, "finalreport.pdf.recipient", r.recipientName());
        w.row(t, "finalreport.pdf.submitted-at", Formats.dateTime(r.submittedAt(), locale));
        doc.add(t);

        w.section(doc, "finalreport.narrative.title");
        t = w.table();
        w.row(
                t,
                "finalreport.field.as-planned",
                d.getCarriedOutAsPlanned() == null ? null : w.yesNo(d.getCarriedOutAsPlanned()));
        w.row(t, "finalreport.field.changes", d.getChanges());
        w.row(t, "finalreport.field.actual-start", Formats.date(d.getActualStart(), locale));
        w.row(t, "finalreport.field.actual-end", Formats.date(d.getActualEnd(), locale));
        w.row(t, "finalreport.field.place", d.getPlace());
        w.row(t, "finalreport.field.participants-local", number(d.getParticipantsLocal()));
        w.row(t, "finalreport.field.participants-partner", number(d.getParticipantsPartner()));
        w.row(t, "finalreport.field.partner-city", r.partnerCity());
        w.row(t, "finalreport.field.partner-contribution", d.getPartnerContribution());
        w.row(t, "finalreport.field.publicity", d.getPublicity());
        doc.add(t);

        w.section(doc, "finalreport.figures.title");
        PdfPTable figures = new PdfPTable(new float[] {5, 2, 2, 2});
        figures.setWidthPercentage(100);
        figures.setHeaderRows(1);
        for (String key : List.of(
                "finalreport.figures.col-line",
                "finalreport.figures.planned",
                "finalreport.figures.actual",
                "finalreport.figures.difference")) {
            figures.addCell(w.cell(w.t(key), true, Element.ALIGN_LEFT));
        }
        for (ReportDraft.Line line : d.getLines()) {
            BigDecimal planned = line.getPlanned() == null ? BigDecimal.ZERO : line.getPlanned();
            BigDecimal actual = line.getActual() == null ? BigDecimal.ZERO : line.getActual();
            w.amountRow(
                    figures,
                    w.lineName(line),
                    line.getPlanned() == null ? w.t("finalreport.figures.new-line") : money(planned, locale),
                    money(actual, locale),
                    money(actual.subtract(planned), locale));
        }
        FinalReportRules.Totals totals = FinalReportRules.totals(d);
        w.amountRow(
                figures,
                w.t("finalreport.figures.total-costs"),
                money(totals.plannedCosts(), locale),
                money(totals.actualCosts(), locale),
                money(totals.actualCosts().subtract(totals.plannedCosts()), locale));
        w.amountRow(
                figures,
                w.t("finalreport.figures.total-income"),
                money(totals.plannedIncome(), locale),
                money(totals.actualIncome(), locale),
                money(totals.actualIncome().subtract(totals.plannedIncome()), locale));
        doc.add(figures);

        w.section(doc, "finalreport.receipts.title");
        if (d.getReceipts().isEmpty()) {
            doc.add(new Paragraph(w.t("finalreport.receipts.none"), new Font(REGULAR, 10)));
        } else {
            PdfPTable receipts = new PdfPTable(new float[] {1, 2, 3, 3, 3, 4, 2});
            receipts.setWidthPercentage(100);
            receipts.setHeaderRows(1);
            for (String key : List.of(
                    "finalreport.receipts.col-number",
                    "finalreport.receipt.date",
                    "finalreport.receipt.payee",
                    "finalreport.receipt.purpose",
                    "finalreport.receipt.line",
                    "finalreport.receipts.col-currency",
                    "finalreport.receipt.amount-eur")) {
                receipts.addCell(w.cell(w.t(key), true, Element.ALIGN_LEFT));
            }
            for (int i = 0; i < d.getReceipts().size(); i++) {
                ReportDraft.Receipt rc = d.getReceipts().get(i);
                receipts.addCell(w.cell(String.valueOf(i + 1), false, Element.ALIGN_RIGHT));
                receipts.addCell(w.cell(Formats.date(rc.getDate(), locale), false, Element.ALIGN_LEFT));
                receipts.addCell(w.cell(rc.getPayee(), false, Element.ALIGN_LEFT));
                receipts.addCell(w.cell(rc.getPurpose(), false, Element.ALIGN_LEFT));
                receipts.addCell(w.cell(
                        rc.getLine() == null ? "" : w.lineName(d.getLines().get(rc.getLine())),
                        false,
                        Element.ALIGN_LEFT));
                receipts.addCell(w.cell(
                        rc.isForeign()
                                ? w.t(
                                        "finalreport.pdf.foreign",
                                        rc.getCurrency(),
                                        w.decimal(rc.getOriginalAmount(), 2),
                                        w.decimal(rc.getRate(), 8),
                                        rc.getRateSource())
                                : FinalReportRules.EUR,
                        false,
                        Element.ALIGN_LEFT));
                receipts.addCell(w.cell(money(rc.getAmountEur(), locale), false, Element.ALIGN_RIGHT));
            }
            doc.add(receipts);
        }

        w.section(doc, "finalreport.declarations.title");
        t = w.table();
        w.row(t, "finalreport.declaration.economical-short", w.yesNo(d.isDeclaredEconomical()));
        w.row(t, "finalreport.declaration.receipts-short", w.yesNo(d.isDeclaredReceiptsKept()));
        doc.add(t);

        Paragraph closing = new Paragraph(w.t("finalreport.pdf.closing"), new Font(REGULAR, 9));
        closing.setSpacingBefore(16);
        doc.add(closing);
        doc.close();
        return out.toByteArray();
    }

    private static String money(BigDecimal amount, Locale locale) {
        return Formats.money(amount, locale);
    }

    private static String number(Integer n) {
        return n == null ? null : n.toString();
    }

    /** Texts and cells in one language. */
    private record Writer(ResourceBundle texts, Locale locale) {

        String t(String key, Object... args) {
            String pattern = texts.containsKey(key) ? texts.getString(key) : key;
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }

        void section(Document doc, String key) {
            Paragraph p = new Paragraph(t(key), new Font(BOLD, 12));
            p.setSpacingBefore(12);
            p.setSpacingAfter(4);
            doc.add(p);
        }

        PdfPTable table() {
            PdfPTable table = new PdfPTable(new float[] {2, 3});
            table.setWidthPercentage(100);
            return table;
        }

        void row(PdfPTable table, String key, String value) {
            table.addCell(cell(t(key), true, Element.ALIGN_LEFT));
            table.addCell(cell(value == null || value.isBlank() ? "–" : value, false, Element.ALIGN_LEFT));
        }

        void amountRow(PdfPTable table, String name, String planned, String actual, String difference) {
            table.addCell(cell(name, false, Element.ALIGN_LEFT));
            table.addCell(cell(planned, false, Element.ALIGN_RIGHT));
            table.addCell(cell(actual, false, Element.ALIGN_RIGHT));
            table.addCell(cell(difference, false, Element.ALIGN_RIGHT));
        }

        PdfPCell cell(String text, boolean bold, int align) {
            PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, new Font(bold ? BOLD : REGULAR, 9)));
            cell.setHorizontalAlignment(align);
            cell.setPadding(4);
            return cell;
        }

        String yesNo(boolean value) {
            return t(value ? "grantapplication.review.yes" : "grantapplication.review.no");
        }

        /** "Costs: Travel – Train to Poznań". */
        String lineName(ReportDraft.Line line) {
            String kind = line.getKind() == null ? "" : t(line.getKind().messageKey());
            String category = line.getCategory() == null ? null : t(line.categoryKey());
            String label = line.getLabel() == null ? "" : line.getLabel();
            return kind + ": " + (category == null ? label : category + (label.isEmpty() ? "" : " – " + label));
        }

        String decimal(BigDecimal value, int maxDigits) {
            if (value == null) {
                return "";
            }
            NumberFormat f =
                    NumberFormat.getNumberInstance("de".equals(locale.getLanguage()) ? Locale.GERMANY : Locale.UK);
            f.setMinimumFractionDigits(0);
            f.setMaximumFractionDigits(maxDigits);
            return f.format(value);
        }
    }
}
