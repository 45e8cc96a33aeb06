package de.kulturbuero.grants.reporting;

import de.kulturbuero.grants.grantapplication.ApplicationFilter;
import de.kulturbuero.grants.grantapplication.ApplicationReportRow;
import de.kulturbuero.grants.grantapplication.ApplicationStatistics;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.security.SecurityEventType;
import de.kulturbuero.grants.security.SecurityEvents;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.text.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's application list as files (HEAD and ADMIN): CSV (RFC 4180, UTF-8 with BOM, comma,
 * decimal point, ISO dates: for machines) and XLSX (typed cells: amounts are numbers, dates are
 * dates: for people). Headers in the user's language.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD','ADMIN')")
public class ApplicationExports {

    static final List<String> COLUMNS = List.of(
            "reference",
            "title",
            "programme",
            "partner-city",
            "partner-organisation",
            "applicant",
            "status",
            "requested",
            "granted",
            "submitted",
            "decided",
            "start",
            "end");

    private final ApplicationStatistics statistics;
    private final ProgrammeService programmes;
    private final SecurityEvents securityEvents;

    ApplicationExports(ApplicationStatistics statistics, ProgrammeService programmes, SecurityEvents securityEvents) {
        this.statistics = statistics;
        this.programmes = programmes;
        this.securityEvents = securityEvents;
    }

    public byte[] csv(ApplicationFilter filter, Locale locale) {
        Texts texts = new Texts(locale);
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(COLUMNS.stream()
                        .map(c -> csvField(texts.get("reporting.export.column." + c)))
                        .collect(Collectors.joining(",")))
                .append("\r\n");
        Lookup lookup = lookup();
        List<ApplicationReportRow> rows = statistics.listAll(filter);
        securityEvents.record(SecurityEventType.EXPORT, "applications as CSV, " + rows.size() + " rows");
        for (ApplicationReportRow r : rows) {
            out.append(String.join(
                            ",",
                            csvField(r.referenceNumber()),
                            csvField(r.title()),
                            csvField(lookup.programme(r, texts.locale())),
                            csvField(lookup.city(r)),
                            csvField(r.partnerOrganisation()),
                            csvField(r.applicantName()),
                            csvField(texts.get(r.status().messageKey())),
                            plain(r.requestedAmount()),
                            plain(r.grantedAmount()),
                            iso(day(r.submittedAt())),
                            iso(day(r.decidedAt())),
                            iso(r.startDate()),
                            iso(r.endDate())))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(ApplicationFilter filter, Locale locale) {
        Texts texts = new Texts(locale);
        Lookup lookup = lookup();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(texts.get("reporting.export.sheet"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"€\""));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat()
                    .getFormat("de".equals(texts.locale().getLanguage()) ? "dd.mm.yyyy" : "yyyy-mm-dd"));

            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(texts.get("reporting.export.column." + COLUMNS.get(i)));
                cell.setCellStyle(header);
            }
            int rowIndex = 1;
            List<ApplicationReportRow> rows = statistics.listAll(filter);
            securityEvents.record(SecurityEventType.EXPORT, "applications as XLSX, " + rows.size() + " rows");
            for (ApplicationReportRow r : rows) {
                Row row = sheet.createRow(rowIndex++);
                text(row, 0, r.referenceNumber());
                text(row, 1, r.title());
                text(row, 2, lookup.programme(r, texts.locale()));
                text(row, 3, lookup.city(r));
                text(row, 4, r.partnerOrganisation());
                text(row, 5, r.applicantName());
                text(row, 6, texts.get(r.status().messageKey()));
                number(row, 7, r.requestedAmount(), money);
                number(row, 8, r.grantedAmount(), money);
                date(row, 9, day(r.submittedAt()), date);
                date(row, 10, day(r.decidedAt()), date);
                date(row, 11, r.startDate(), date);
                date(row, 12, r.endDate(), date);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(
                    new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, COLUMNS.size() - 1));
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, (i == 1 || i == 4 ? 40 : 16) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name stem for exports: "applications-2026-11-26". */
    public static String fileName(String extension) {
        return "applications-" + LocalDate.now(Formats.ZONE) + "." + extension;
    }

    private record Lookup(Map<Long, ProgrammeSummary> programmes, Map<Long, PartnerCitySummary> cities) {
        String programme(ApplicationReportRow r, Locale locale) {
            ProgrammeSummary p = programmes.get(r.programmeId());
            return p == null ? "" : p.name(locale);
        }

        String city(ApplicationReportRow r) {
            PartnerCitySummary c = r.partnerCityId() == null ? null : cities.get(r.partnerCityId());
            return c == null ? "" : c.name();
        }
    }

    private Lookup lookup() {
        return new Lookup(
                programmes.allProgrammes().stream()
                        .collect(Collectors.toMap(ProgrammeSummary::id, Function.identity())),
                programmes.allPartnerCities().stream()
                        .collect(Collectors.toMap(PartnerCitySummary::id, Function.identity())));
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, Formats.ZONE);
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /** RFC 4180 quoting; a cell a spreadsheet program would run as a formula gets a leading ' ({@link SpreadsheetCells}). */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        String v = SpreadsheetCells.neutralise(value);
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)
                ? "\"" + v.replace("\"", "\"\"") + "\""
                : v;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
