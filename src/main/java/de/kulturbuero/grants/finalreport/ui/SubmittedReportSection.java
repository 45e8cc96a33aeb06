package de.kulturbuero.grants.finalreport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kulturbuero.grants.finalreport.FinalReportRules;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.SubmittedReports;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The submitted final report, read-only, for the office: the narrative, the figures against the
 * plan (planned, actual, difference, totals), the receipts (a foreign currency with its rate and
 * source), the declarations, the receipt PDF (downloaded through {@link SubmittedReports}, which
 * checks that the officer may read the case) and the requests for more time. Before the
 * submission only the due date and the requests. The case view shows it; the report check's
 * forms can show it beside theirs.
 */
public class SubmittedReportSection extends Composite<Section> {

    public SubmittedReportSection(SubmittedReports reports, long applicationId) {
        Section root = getContent();
        root.setId("final-report-section");
        root.addClassName("case-section");
        root.add(new H2(getTranslation("finalreport.office.title")));
        Optional<SubmittedReports.OfficeView> found = reports.of(applicationId, getLocale());
        if (found.isEmpty()) {
            root.add(new Paragraph(getTranslation("finalreport.office.none")));
            return;
        }
        SubmittedReports.OfficeView view = found.get();
        if (!view.isSubmitted()) {
            root.add(new Paragraph(
                    getTranslation("finalreport.office.not-submitted", Formats.date(view.dueDate(), getLocale()))));
        } else {
            Paragraph submitted = new Paragraph(getTranslation(
                    "finalreport.office.submitted",
                    Formats.dateTime(view.submittedAt(), getLocale()),
                    Formats.date(view.dueDate(), getLocale())));
            submitted.setId("final-report-submitted");
            root.add(submitted);
            if (view.hasReceipt()) {
                root.add(new Paragraph(receiptLink(reports, view)));
            }
            ReportDraft d = view.content();
            root.add(narrative(d, view.partnerCity()), figures(d), receipts(d), declarations(d));
        }
        root.add(new H3(getTranslation("finalreport.extension.title")));
        if (view.extensions().isEmpty()) {
            root.add(new Paragraph(getTranslation("finalreport.office.no-extensions")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("final-report-extensions");
            view.extensions().forEach(e -> list.add(new ListItem(ExtensionSection.describe(this, e))));
            root.add(list);
        }
    }

    private Anchor receiptLink(SubmittedReports reports, SubmittedReports.OfficeView view) {
        long id = view.application().id();
        String fileName = view.application().referenceNumber() + "-Verwendungsnachweis.pdf";
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] pdf = reports.receipt(id).orElseThrow();
                    return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("finalreport.office.receipt"));
        download.setId("final-report-receipt");
        return download;
    }

    private Div narrative(ReportDraft d, String partnerCity) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("application-details");
        fact(
                facts,
                "finalreport.field.as-planned",
                d.getCarriedOutAsPlanned() == null ? null : yesNo(d.getCarriedOutAsPlanned()));
        fact(facts, "finalreport.field.changes", d.getChanges());
        fact(facts, "finalreport.field.actual-start", Formats.date(d.getActualStart(), getLocale()));
        fact(facts, "finalreport.field.actual-end", Formats.date(d.getActualEnd(), getLocale()));
        fact(facts, "finalreport.field.place", d.getPlace());
        fact(facts, "finalreport.field.participants-local", number(d.getParticipantsLocal()));
        fact(facts, "finalreport.field.participants-partner", number(d.getParticipantsPartner()));
        fact(facts, "finalreport.field.partner-city", partnerCity);
        fact(facts, "finalreport.field.partner-contribution", d.getPartnerContribution());
        fact(facts, "finalreport.field.publicity", d.getPublicity());
        Div part = new Div(new H3(getTranslation("finalreport.narrative.title")), facts);
        part.setId("final-report-narrative");
        return part;
    }

    private Div figures(ReportDraft d) {
        NativeTable table = table(
                "finalreport.figures.title",
                "finalreport.figures.col-line",
                "finalreport.figures.planned",
                "finalreport.figures.actual",
                "finalreport.figures.difference");
        for (ReportDraft.Line line : d.getLines()) {
            BigDecimal planned = line.getPlanned() == null ? BigDecimal.ZERO : line.getPlanned();
            BigDecimal actual = line.getActual() == null ? BigDecimal.ZERO : line.getActual();
            row(
                    table,
                    false,
                    lineName(line),
                    line.getPlanned() == null ? getTranslation("finalreport.figures.new-line") : money(planned),
                    money(actual),
                    money(actual.subtract(planned)));
        }
        FinalReportRules.Totals totals = FinalReportRules.totals(d);
        row(
                table,
                true,
                getTranslation("finalreport.figures.total-costs"),
                money(totals.plannedCosts()),
                money(totals.actualCosts()),
                money(totals.actualCosts().subtract(totals.plannedCosts())));
        row(
                table,
                true,
                getTranslation("finalreport.figures.total-income"),
                money(totals.plannedIncome()),
                money(totals.actualIncome()),
                money(totals.actualIncome().subtract(totals.plannedIncome())));
        Div part = new Div(new H3(getTranslation("finalreport.figures.title")), scroll(table));
        part.setId("final-report-figures");
        return part;
    }

    private Div receipts(ReportDraft d) {
        Div part = new Div(new H3(getTranslation("finalreport.receipts.title")));
        part.setId("final-report-receipts");
        if (d.getReceipts().isEmpty()) {
            part.add(new Paragraph(getTranslation("finalreport.receipts.none")));
            return part;
        }
        NativeTable table = table(
                "finalreport.receipts.title",
                "finalreport.receipts.col-number",
                "finalreport.receipt.date",
                "finalreport.receipt.payee",
                "finalreport.receipt.purpose",
                "finalreport.receipt.line",
                "finalreport.receipts.col-currency",
                "finalreport.receipt.amount-eur");
        for (int i = 0; i < d.getReceipts().size(); i++) {
            ReportDraft.Receipt r = d.getReceipts().get(i);
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(String.valueOf(i + 1));
            row.addDataCell().setText(Formats.date(r.getDate(), getLocale()));
            row.addDataCell().setText(orDash(r.getPayee()));
            row.addDataCell().setText(orDash(r.getPurpose()));
            row.addDataCell()
                    .setText(
                            r.getLine() == null || r.getLine() >= d.getLines().size()
                                    ? "–"
                                    : lineName(d.getLines().get(r.getLine())));
            row.addDataCell()
                    .setText(
                            r.isForeign()
                                    ? getTranslation(
                                            "finalreport.pdf.foreign",
                                            r.getCurrency(),
                                            decimal(r.getOriginalAmount(), 2),
                                            decimal(r.getRate(), 8),
                                            r.getRateSource())
                                    : FinalReportRules.EUR);
            NativeTableCell amount = row.addDataCell();
            amount.setText(money(r.getAmountEur()));
            amount.addClassName("amount");
        }
        part.add(scroll(table));
        return part;
    }

    private Div declarations(ReportDraft d) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("application-details");
        fact(facts, "finalreport.declaration.economical-short", yesNo(d.isDeclaredEconomical()));
        fact(facts, "finalreport.declaration.receipts-short", yesNo(d.isDeclaredReceiptsKept()));
        Div part = new Div(new H3(getTranslation("finalreport.declarations.title")), facts);
        part.setId("final-report-declarations");
        return part;
    }

    /** A table captioned with the text of {@code captionKey}, its column headers from the other keys. */
    private NativeTable table(String captionKey, String... headerKeys) {
        NativeTable table = new NativeTable();
        table.addClassName("payment-table");
        table.setCaptionText(getTranslation(captionKey));
        NativeTableRow head = table.getHead().addRow();
        for (String key : headerKeys) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    /** A row named by its first cell (a row header), the amounts right-aligned; a totals row is marked. */
    private static void row(NativeTable table, boolean total, String name, String... amounts) {
        NativeTableRow row = table.getBody().addRow();
        if (total) {
            row.addClassName("total");
        }
        NativeTableHeaderCell header = row.addHeaderCell();
        header.setText(name);
        header.getElement().setAttribute("scope", "row");
        for (String a : amounts) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(a);
            cell.addClassName("amount");
        }
    }

    private static Div scroll(NativeTable table) {
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        return scroll;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    private void fact(DescriptionList facts, String labelKey, String value) {
        facts.add(
                new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "–" : value));
    }

    private String lineName(ReportDraft.Line line) {
        String kind =
                line.getKind() == null ? "" : getTranslation(line.getKind().messageKey());
        String category = line.getCategory() == null ? null : getTranslation(line.categoryKey());
        String label = line.getLabel() == null ? "" : line.getLabel();
        return kind + ": " + (category == null ? label : category + (label.isEmpty() ? "" : " – " + label));
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "grantapplication.review.yes" : "grantapplication.review.no");
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, getLocale());
    }

    private String decimal(BigDecimal value, int maxDigits) {
        if (value == null) {
            return "";
        }
        NumberFormat f =
                NumberFormat.getNumberInstance("de".equals(getLocale().getLanguage()) ? Locale.GERMANY : Locale.UK);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(maxDigits);
        return f.format(value);
    }

    private static String number(Integer n) {
        return n == null ? null : n.toString();
    }
}
