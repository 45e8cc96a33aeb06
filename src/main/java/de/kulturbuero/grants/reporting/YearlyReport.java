package de.kulturbuero.grants.reporting;

import de.kulturbuero.grants.grantapplication.ApplicationFilter;
import de.kulturbuero.grants.grantapplication.ApplicationReportRow;
import de.kulturbuero.grants.grantapplication.ApplicationStatistics;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.SecurityEventType;
import de.kulturbuero.grants.security.SecurityEvents;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly report of one programme as PDF (HEAD and ADMIN): budget figures, the payments on
 * the year's grants, applications by status and by partner city, and the list of approvals of the year. Fonts are embedded DejaVu
 * (Unicode: "Poznań" and every other partner city's name print correctly).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD','ADMIN')")
public class YearlyReport {

    private final ReportingService reporting;
    private final ApplicationStatistics statistics;
    private final ProgrammeService programmes;
    private final SecurityEvents securityEvents;

    YearlyReport(
            ReportingService reporting,
            ApplicationStatistics statistics,
            ProgrammeService programmes,
            SecurityEvents securityEvents) {
        this.reporting = reporting;
        this.statistics = statistics;
        this.programmes = programmes;
        this.securityEvents = securityEvents;
    }

    public byte[] pdf(long programmeId, int year, Locale requested) {
        securityEvents.record(SecurityEventType.EXPORT, "yearly report of programme " + programmeId + " for " + year);
        Texts t = new Texts(requested);
        Locale locale = t.locale();
        ProgrammeFigures f = reporting.figures(programmeId, year);
        Map<Long, PartnerCitySummary> cities = programmes.allPartnerCities().stream()
                .collect(Collectors.toMap(PartnerCitySummary::id, Function.identity()));
        List<ApplicationReportRow> approvals =
                statistics.listAll(new ApplicationFilter(programmeId, null, null, null)).stream()
                        // the approvals that make up the year's committed amount (grantapplication's ApprovedGrants)
                        .filter(r -> r.grantedAmount() != null
                                && r.decidedAt() != null
                                && ApprovedGrants.budgetYear(r.decidedAt()) == year)
                        .sorted(java.util.Comparator.comparing(ApplicationReportRow::decidedAt))
                        .toList();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont regular = font("DejaVuSans.ttf");
            BaseFont boldBase = font("DejaVuSans-Bold.ttf");
            Font body = new Font(regular, 10);
            Font bold = new Font(boldBase, 10);
            Font h1 = new Font(boldBase, 16);
            Font h2 = new Font(boldBase, 12);
            Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(t.get("reporting.report.title", f.programme().name(locale), year));
            doc.open();
            doc.add(new Paragraph(t.get("reporting.report.title", f.programme().name(locale), year), h1));
            doc.add(new Paragraph(
                    t.get("reporting.report.created", Formats.date(LocalDate.now(Formats.ZONE), locale)), body));

            doc.add(heading(t.get("reporting.report.budget"), h2));
            PdfPTable budget = table(2, new float[] {3, 2});
            row(budget, body, t.get("reporting.field.budget"), Formats.money(f.budget(), locale));
            row(budget, body, t.get("reporting.field.committed"), Formats.money(f.committed(), locale));
            row(budget, bold, t.get("reporting.field.remaining"), Formats.money(f.remaining(), locale));
            row(
                    budget,
                    body,
                    t.get("reporting.field.average-days"),
                    f.averageDaysToDecision() == null
                            ? t.get("reporting.dashboard.no-decisions")
                            : t.get("reporting.dashboard.days", oneDecimal(f.averageDaysToDecision(), locale)));
            doc.add(budget);

            doc.add(heading(t.get("reporting.report.payments", year), h2));
            PdfPTable money = table(2, new float[] {3, 2});
            row(
                    money,
                    body,
                    t.get("reporting.payments.granted"),
                    Formats.money(f.payments().granted(), locale));
            row(
                    money,
                    body,
                    t.get("reporting.payments.paid"),
                    Formats.money(f.payments().paid(), locale));
            row(
                    money,
                    bold,
                    t.get("reporting.payments.outstanding"),
                    Formats.money(f.payments().outstanding(), locale));
            row(
                    money,
                    body,
                    t.get("reporting.payments.held-back"),
                    Formats.money(f.payments().heldBack(), locale));
            doc.add(money);

            doc.add(heading(t.get("reporting.reports.report-heading", year), h2));
            PdfPTable reports = table(2, new float[] {3, 2});
            NumberFormat whole = NumberFormat.getIntegerInstance(locale);
            row(
                    reports,
                    body,
                    t.get("reporting.reports.awaited"),
                    whole.format(f.reports().awaited()));
            row(
                    reports,
                    body,
                    t.get("reporting.reports.overdue"),
                    whole.format(f.reports().overdue()));
            row(
                    reports,
                    body,
                    t.get("reporting.reports.in-check"),
                    whole.format(f.reports().inCheck()));
            row(
                    reports,
                    body,
                    t.get("reporting.reports.closed"),
                    whole.format(f.reports().closed()));
            row(
                    reports,
                    bold,
                    t.get("reporting.reports.reclaimed"),
                    Formats.money(f.reports().reclaimed(), locale));
            row(
                    reports,
                    body,
                    t.get("reporting.reports.interest"),
                    Formats.money(f.reports().interest(), locale));
            doc.add(reports);

            doc.add(heading(t.get("reporting.report.by-status"), h2));
            PdfPTable status = table(2, new float[] {3, 2});
            headerRow(status, bold, t.get("reporting.field.status"), t.get("reporting.field.applications"));
            for (ApplicationStatus s : Arrays.stream(ApplicationStatus.values())
                    .filter(s -> s != ApplicationStatus.DRAFT)
                    .toList()) {
                row(
                        status,
                        body,
                        t.get(s.messageKey()),
                        String.valueOf(f.byStatus().getOrDefault(s, 0L)));
            }
            doc.add(status);

            doc.add(heading(t.get("reporting.report.by-city"), h2));
            PdfPTable city = table(5, new float[] {3, 2, 2, 2, 2});
            headerRow(
                    city,
                    bold,
                    t.get("reporting.field.city"),
                    t.get("reporting.field.distance"),
                    t.get("reporting.field.applications"),
                    t.get("reporting.field.approved"),
                    t.get("reporting.field.granted"));
            for (ProgrammeFigures.CityRow c : f.byCity()) {
                row(
                        city,
                        body,
                        c.cityName(),
                        Formats.kilometres(c.distanceKm(), locale),
                        String.valueOf(c.applications()),
                        String.valueOf(c.approved()),
                        Formats.money(c.granted(), locale));
            }
            doc.add(city);

            doc.add(heading(t.get("reporting.report.approvals", year), h2));
            PdfPTable list = table(4, new float[] {2, 4, 2, 2});
            headerRow(
                    list,
                    bold,
                    t.get("reporting.export.column.reference"),
                    t.get("reporting.export.column.title"),
                    t.get("reporting.export.column.partner-city"),
                    t.get("reporting.export.column.granted"));
            BigDecimal sum = BigDecimal.ZERO;
            for (ApplicationReportRow r : approvals) {
                PartnerCitySummary c = r.partnerCityId() == null ? null : cities.get(r.partnerCityId());
                row(
                        list,
                        body,
                        r.referenceNumber(),
                        r.title(),
                        c == null ? "" : c.name(),
                        Formats.money(r.grantedAmount(), locale));
                sum = sum.add(r.grantedAmount());
            }
            row(list, bold, "", t.get("reporting.report.sum"), "", Formats.money(sum, locale));
            doc.add(list);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fileName(String programmePrefix, int year) {
        return "report-" + programmePrefix + "-" + year + ".pdf";
    }

    private static BaseFont font(String file) throws IOException {
        try (InputStream in = YearlyReport.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("Font /fonts/" + file + " missing");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        }
    }

    private static Paragraph heading(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPTable table(int columns, float[] widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHeaderRows(0);
        return table;
    }

    private static void headerRow(PdfPTable table, Font font, String... cells) {
        row(table, font, cells);
        table.setHeaderRows(1);
    }

    private static void row(PdfPTable table, Font font, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(cells[i] == null ? "" : cells[i], font));
            cell.setPadding(4);
            if (i > 0 && cells.length > 1 && i == cells.length - 1) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    private static String oneDecimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
