package de.kulturbuero.grants.grantapplication.domain;

import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.AttachmentSummary;
import de.kulturbuero.grants.grantapplication.FinancingRules;
import de.kulturbuero.grants.grantapplication.TravelMode;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.pdf.PdfComposer;
import de.kulturbuero.grants.shared.pdf.PdfComposer.Column;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

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

    private ReceiptPdf() {}

    public static byte[] render(Receipt r, Locale locale) {
        PdfComposer w = PdfComposer.a4(locale, "grantapplication.receipt.title", r.referenceNumber());
        w.paragraph(w.t("grantapplication.receipt.office"));
        w.title(w.t("grantapplication.receipt.title"));
        w.paragraph(
                w.t("grantapplication.receipt.intro", r.referenceNumber(), Formats.dateTime(r.submittedAt(), locale)));

        ApplicationDraft d = r.content();
        w.section(w.t("grantapplication.receipt.applicant"));
        w.labelValues()
                .row("grantapplication.field.reference", r.referenceNumber())
                .row("grantapplication.field.applicant", r.applicantName())
                .row("grantapplication.field.submitted-at", Formats.dateTime(r.submittedAt(), locale))
                .row("grantapplication.field.programme", r.programmeName())
                .add();

        w.section(w.t("grantapplication.step.PROJECT"));
        w.labelValues()
                .row("grantapplication.field.title", d.getTitle())
                .row(
                        "grantapplication.field.category",
                        d.getCategory() == null ? null : w.t(d.getCategory().messageKey()))
                .row("grantapplication.field.summary", d.getSummary())
                .row("grantapplication.field.description", d.getDescription())
                .row("grantapplication.field.partner-city", r.partnerCity())
                .row("grantapplication.field.partner-organisation", d.getPartnerOrganisation())
                .row("grantapplication.field.partner-country", d.getPartnerCountry())
                .row("grantapplication.field.partner-contact", d.getPartnerContact())
                .row("grantapplication.field.partner-role", d.getPartnerRole())
                .row("grantapplication.field.place", d.getPlace())
                .row("grantapplication.field.start-date", w.date(d.getStartDate()))
                .row("grantapplication.field.end-date", w.date(d.getEndDate()))
                .row("grantapplication.field.participants-local", number(d.getParticipantsLocal()))
                .row("grantapplication.field.participants-partner", number(d.getParticipantsPartner()))
                .add();

        w.section(w.t("grantapplication.step.FINANCING"));
        PdfComposer.Table plan = w.table(Column.text(3), Column.text(4), Column.text(2), Column.amount(2))
                .header(
                        w.t("grantapplication.financing.col-kind"),
                        w.t("grantapplication.financing.col-description"),
                        w.t("grantapplication.financing.col-remark"),
                        w.t("grantapplication.financing.col-amount"));
        for (ApplicationDraft.CostLine c : d.getCostLines()) {
            plan.row(
                    w.t("grantapplication.financing.costs") + ": "
                            + (c.getCategory() == null
                                    ? ""
                                    : w.t(c.getCategory().messageKey())),
                    c.getDescription(),
                    c.isEligible() ? "" : w.t("grantapplication.financing.not-eligible"),
                    w.money(c.getAmount()));
        }
        for (ApplicationDraft.IncomeLine i : d.getIncomeLines()) {
            plan.row(
                    w.t("grantapplication.financing.income") + ": "
                            + (i.getKind() == null ? "" : w.t(i.getKind().messageKey())),
                    i.getDescription(),
                    i.getStatus() == null ? "" : w.t(i.getStatus().messageKey()),
                    w.money(i.getAmount()));
        }
        FinancingRules.Totals totals =
                FinancingRules.totals(d.getCostLines(), d.getIncomeLines(), d.getRequestedGrant(), null);
        plan.row(w.t("grantapplication.field.requested-amount"), "", "", w.money(d.getRequestedGrant()));
        plan.row(
                w.t("grantapplication.financing.total-costs"),
                "",
                w.t("grantapplication.financing.eligible-costs") + ": " + w.money(totals.eligibleCosts()),
                w.money(totals.totalCosts()));
        plan.row(w.t("grantapplication.financing.total-income"), "", "", w.money(totals.income()));
        plan.add();

        w.section(w.t("grantapplication.step.TRAVEL"));
        w.labelValues()
                .row(
                        "grantapplication.travel.review-local",
                        travel(w, d.getTravelModeLocal(), d.isCo2CompensatedLocal()))
                .row(
                        "grantapplication.travel.review-partner",
                        travel(w, d.getTravelModePartner(), d.isCo2CompensatedPartner()))
                .add();

        w.section(w.t("grantapplication.step.ATTACHMENTS"));
        if (r.attachments().isEmpty()) {
            w.paragraph(w.t("grantapplication.attachment.none"));
        } else {
            PdfComposer.Table files = w.table(Column.text(2), Column.text(3));
            for (AttachmentSummary a : r.attachments()) {
                files.row(a.fileName(), "SHA-256 " + a.sha256());
            }
            files.add();
        }

        w.section(w.t("grantapplication.step.DECLARATIONS"));
        PdfComposer.LabelValues declarations = w.labelValues()
                .row("grantapplication.declaration.truthful-short", w.yesNo(d.isDeclaredTruthful()))
                .row("grantapplication.declaration.privacy-short", w.yesNo(d.isDeclaredPrivacy()))
                .row("grantapplication.declaration.not-started-short", w.yesNo(d.isDeclaredNotStarted()))
                .row("grantapplication.declaration.early-start-short", w.yesNo(d.isEarlyStartRequested()));
        if (d.isEarlyStartRequested()) {
            declarations.row("grantapplication.declaration.early-start-reason", d.getEarlyStartReason());
        }
        declarations
                .row("grantapplication.declaration.publish-short", w.yesNo(d.isConsentPublish()))
                .add();

        w.paragraph(w.t("grantapplication.receipt.closing"), PdfComposer.SMALL, 16);
        return w.finish();
    }

    private static String number(Integer n) {
        return n == null ? null : n.toString();
    }

    private static String travel(PdfComposer w, TravelMode mode, boolean co2) {
        if (mode == null) {
            return null;
        }
        String text = w.t(mode.messageKey());
        return mode == TravelMode.FLIGHT && co2 ? text + " (" + w.t("grantapplication.travel.co2-short") + ")" : text;
    }
}
