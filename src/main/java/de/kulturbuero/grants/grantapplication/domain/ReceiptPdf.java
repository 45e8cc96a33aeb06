package de.kulturbuero.grants.grantapplication.domain;

import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.AttachmentSummary;
import de.kulturbuero.grants.grantapplication.FinancingRules;
import de.kulturbuero.grants.grantapplication.TravelMode;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.pdf.EmbeddedFonts;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
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
 * The receipt (Eingangsbestätigung) of a submitted application: every field of the submitted
 * version, in the applicant's language, set in DejaVu Sans (embedded), which carries every
 * character of the data ("Poznań", "Ósmego").
 */
public final class ReceiptPdf {

    /** What the receipt shows besides the form content. */
    public record Receipt(
            String referenceNumber,
            Instant submittedAt,
            String applicantName,
            String programmeName,
            String partnerCity,
            ApplicationDraft content,
            List<AttachmentSummary> attachments) {}

    private static final BaseFont REGULAR = EmbeddedFonts.REGULAR;
    private static final BaseFont BOLD = EmbeddedFonts.BOLD;

    private ReceiptPdf() {}

    public static byte[] render(Receipt r, Locale locale) {
        ResourceBundle texts = Bundle.of(locale);
        Writer w = new Writer(texts, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(w.t("grantapplication.receipt.title") + " " + r.referenceNumber());
        doc.open();
        doc.add(new Paragraph(w.t("grantapplication.receipt.office"), new Font(REGULAR, 10)));
        Paragraph title = new Paragraph(w.t("grantapplication.receipt.title"), new Font(BOLD, 18));
        title.setSpacingBefore(12);
        doc.add(title);
        doc.add(new Paragraph(
                w.t("grantapplication.receipt.intro", r.referenceNumber(), Formats.dateTime(r.submittedAt(), locale)),
                new Font(REGULAR, 10)));

        ApplicationDraft d = r.content();
        w.section(doc, "grantapplication.receipt.applicant");
        PdfPTable t = w.table();
        w.row(t, "grantapplication.field.reference", r.referenceNumber());
        w.row(t, "grantapplication.field.applicant", r.applicantName());
        w.row(t, "grantapplication.field.submitted-at", Formats.dateTime(r.submittedAt(), locale));
        w.row(t, "grantapplication.field.programme", r.programmeName());
        doc.add(t);

        w.section(doc, "grantapplication.step.PROJECT");
        t = w.table();
        w.row(t, "grantapplication.field.title", d.getTitle());
        w.row(
                t,
                "grantapplication.field.category",
                d.getCategory() == null ? null : w.t(d.getCategory().messageKey()));
        w.row(t, "grantapplication.field.summary", d.getSummary());
        w.row(t, "grantapplication.field.description", d.getDescription());
        w.row(t, "grantapplication.field.partner-city", r.partnerCity());
        w.row(t, "grantapplication.field.partner-organisation", d.getPartnerOrganisation());
        w.row(t, "grantapplication.field.partner-country", d.getPartnerCountry());
        w.row(t, "grantapplication.field.partner-contact", d.getPartnerContact());
        w.row(t, "grantapplication.field.partner-role", d.getPartnerRole());
        w.row(t, "grantapplication.field.place", d.getPlace());
        w.row(t, "grantapplication.field.start-date", date(d.getStartDate(), locale));
        w.row(t, "grantapplication.field.end-date", date(d.getEndDate(), locale));
        w.row(t, "grantapplication.field.participants-local", number(d.getParticipantsLocal()));
        w.row(t, "grantapplication.field.participants-partner", number(d.getParticipantsPartner()));
        doc.add(t);

        w.section(doc, "grantapplication.step.FINANCING");
        PdfPTable plan = new PdfPTable(new float[] {3, 4, 2, 2});
        plan.setWidthPercentage(100);
        plan.setHeaderRows(1);
        for (String key : List.of(
                "grantapplication.financing.col-kind",
                "grantapplication.financing.col-description",
                "grantapplication.financing.col-remark",
                "grantapplication.financing.col-amount")) {
            plan.addCell(w.cell(w.t(key), true, Element.ALIGN_LEFT));
        }
        for (ApplicationDraft.CostLine c : d.getCostLines()) {
            w.planRow(
                    plan,
                    w.t("grantapplication.financing.costs") + ": "
                            + (c.getCategory() == null
                                    ? ""
                                    : w.t(c.getCategory().messageKey())),
                    c.getDescription(),
                    c.isEligible() ? "" : w.t("grantapplication.financing.not-eligible"),
                    money(c.getAmount(), locale));
        }
        for (ApplicationDraft.IncomeLine i : d.getIncomeLines()) {
            w.planRow(
                    plan,
                    w.t("grantapplication.financing.income") + ": "
                            + (i.getKind() == null ? "" : w.t(i.getKind().messageKey())),
                    i.getDescription(),
                    i.getStatus() == null ? "" : w.t(i.getStatus().messageKey()),
                    money(i.getAmount(), locale));
        }
        FinancingRules.Totals totals =
                FinancingRules.totals(d.getCostLines(), d.getIncomeLines(), d.getRequestedGrant(), null);
        w.planRow(plan, w.t("grantapplication.field.requested-amount"), "", "", money(d.getRequestedGrant(), locale));
        w.planRow(
                plan,
                w.t("grantapplication.financing.total-costs"),
                "",
                w.t("grantapplication.financing.eligible-costs") + ": " + money(totals.eligibleCosts(), locale),
                money(totals.totalCosts(), locale));
        w.planRow(plan, w.t("grantapplication.financing.total-income"), "", "", money(totals.income(), locale));
        doc.add(plan);

        w.section(doc, "grantapplication.step.TRAVEL");
        t = w.table();
        w.row(t, "grantapplication.travel.review-local", w.travel(d.getTravelModeLocal(), d.isCo2CompensatedLocal()));
        w.row(
                t,
                "grantapplication.travel.review-partner",
                w.travel(d.getTravelModePartner(), d.isCo2CompensatedPartner()));
        doc.add(t);

        w.section(doc, "grantapplication.step.ATTACHMENTS");
        if (r.attachments().isEmpty()) {
            doc.add(new Paragraph(w.t("grantapplication.attachment.none"), new Font(REGULAR, 10)));
        } else {
            t = w.table();
            for (AttachmentSummary a : r.attachments()) {
                t.addCell(w.cell(a.fileName(), false, Element.ALIGN_LEFT));
                t.addCell(w.cell("SHA-256 " + a.sha256(), false, Element.ALIGN_LEFT));
            }
            doc.add(t);
        }

        w.section(doc, "grantapplication.step.DECLARATIONS");
        t = w.table();
        w.row(t, "grantapplication.declaration.truthful-short", w.yesNo(d.isDeclaredTruthful()));
        w.row(t, "grantapplication.declaration.privacy-short", w.yesNo(d.isDeclaredPrivacy()));
        w.row(t, "grantapplication.declaration.not-started-short", w.yesNo(d.isDeclaredNotStarted()));
        w.row(t, "grantapplication.declaration.early-start-short", w.yesNo(d.isEarlyStartRequested()));
        if (d.isEarlyStartRequested()) {
            w.row(t, "grantapplication.declaration.early-start-reason", d.getEarlyStartReason());
        }
        w.row(t, "grantapplication.declaration.publish-short", w.yesNo(d.isConsentPublish()));
        doc.add(t);

        Paragraph closing = new Paragraph(w.t("grantapplication.receipt.closing"), new Font(REGULAR, 9));
        closing.setSpacingBefore(16);
        doc.add(closing);
        doc.close();
        return out.toByteArray();
    }

    private static String date(LocalDate date, Locale locale) {
        return Formats.date(date, locale);
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

        void planRow(PdfPTable table, String kind, String description, String remark, String amount) {
            table.addCell(cell(kind, false, Element.ALIGN_LEFT));
            table.addCell(cell(description, false, Element.ALIGN_LEFT));
            table.addCell(cell(remark, false, Element.ALIGN_LEFT));
            table.addCell(cell(amount, false, Element.ALIGN_RIGHT));
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

        String travel(TravelMode mode, boolean co2) {
            if (mode == null) {
                return null;
            }
            String text = t(mode.messageKey());
            return mode == TravelMode.FLIGHT && co2 ? text + " (" + t("grantapplication.travel.co2-short") + ")" : text;
        }
    }
}
