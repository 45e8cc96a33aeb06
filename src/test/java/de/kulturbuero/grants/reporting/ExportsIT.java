package de.kulturbuero.grants.reporting;

import static de.kulturbuero.grants.shared.SignedIn.HANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.grantapplication.ApplicationFilter;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.shared.SignedIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The exported files are read back and their values checked. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsIT {

    private static final String TRICKY_TITLE = "Music, \"Brass\" and =SUM(1)";

    private final ApplicationExports exports;
    private final YearlyReport yearlyReport;
    private final UserDetailsService users;
    private final ReportingFixture fixture;
    private long programme;
    private ApplicationFilter filter;

    @Autowired
    ExportsIT(
            ApplicationExports exports,
            YearlyReport yearlyReport,
            UserDetailsService users,
            JdbcTemplate jdbc,
            ProgrammeService programmes,
            ProgrammeAdministration administration) {
        this.exports = exports;
        this.yearlyReport = yearlyReport;
        this.users = users;
        this.fixture = new ReportingFixture(jdbc, users, programmes, administration);
    }

    @BeforeAll
    void fixture() {
        programme = fixture.programme();
        long ben = fixture.account(SignedIn.BEN);
        fixture.application(
                programme,
                ben,
                fixture.city("Poznań"),
                "APPROVED",
                TRICKY_TITLE,
                "5000.50",
                "2025-03-01T10:00:00Z",
                "4000.25",
                "2025-04-01T10:00:00Z");
        fixture.application(
                programme,
                ben,
                fixture.city("Leipzig"),
                "FORMAL_CHECK",
                "Second",
                "1200.00",
                "2025-06-01T10:00:00Z",
                null,
                null);
        filter = new ApplicationFilter(programme, null, null, null);
    }

    @Test
    void the_csv_export_has_english_or_german_headers_and_the_exact_values() {
        List<List<String>> en = parseCsv(new String(
                SignedIn.as(users, HANNA, () -> exports.csv(filter, Locale.ENGLISH)), StandardCharsets.UTF_8));
        assertThat(en.getFirst().getFirst()).isEqualTo("\uFEFFReference number");
        assertThat(en.getFirst()).contains("Requested (EUR)", "Submitted on");
        assertThat(en).hasSize(3);
        List<String> approved =
                en.stream().filter(r -> r.contains(TRICKY_TITLE)).findFirst().orElseThrow();
        int col = en.getFirst().indexOf("Requested (EUR)");
        assertThat(approved.get(col)).isEqualTo("5000.50");
        assertThat(approved.get(col + 1)).isEqualTo("4000.25");
        assertThat(approved.get(col + 2)).isEqualTo("2025-03-01");
        assertThat(approved.get(col + 3)).isEqualTo("2025-04-01");
        assertThat(approved).contains("Poznań", "Approved", "Ben Bristol-Fan");

        List<List<String>> de = parseCsv(new String(
                SignedIn.as(users, HANNA, () -> exports.csv(filter, Locale.GERMAN)), StandardCharsets.UTF_8));
        assertThat(de.getFirst()).contains("Beantragt (EUR)", "Eingereicht am", "Partnerstadt");
    }

    @Test
    void the_xlsx_export_has_numbers_as_numbers_and_dates_as_dates() throws Exception {
        byte[] file = SignedIn.as(users, HANNA, () -> exports.xlsx(filter, Locale.GERMAN));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Aktenzeichen");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Beantragt (EUR)");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row approved = sheet.getRow(1).getCell(1).getStringCellValue().equals(TRICKY_TITLE)
                    ? sheet.getRow(1)
                    : sheet.getRow(2);
            assertThat(approved.getCell(1).getStringCellValue())
                    .as("no formula, just text")
                    .isEqualTo(TRICKY_TITLE);
            assertThat(approved.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(approved.getCell(7).getNumericCellValue()).isEqualTo(5000.50);
            assertThat(approved.getCell(8).getNumericCellValue()).isEqualTo(4000.25);
            assertThat(DateUtil.isCellDateFormatted(approved.getCell(9))).isTrue();
            assertThat(approved.getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(approved.getCell(6).getStringCellValue()).isEqualTo("Bewilligt");
        }
    }

    @Test
    void the_filter_applies_to_the_export() {
        ApplicationFilter onlyPending = new ApplicationFilter(programme, 2025, ApplicationStatus.FORMAL_CHECK, null);
        List<List<String>> rows = parseCsv(new String(
                SignedIn.as(users, HANNA, () -> exports.csv(onlyPending, Locale.ENGLISH)), StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("Second", "Leipzig");
    }

    @Test
    void the_yearly_report_is_a_pdf_with_the_figures_and_unicode_city_names() throws Exception {
        byte[] pdf = SignedIn.as(users, HANNA, () -> yearlyReport.pdf(programme, 2025, Locale.ENGLISH));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString())
                .contains("Yearly report")
                .contains("Poznań")
                .contains("€4,000.25")
                .contains("€30,000.00");
    }

    @Test
    void applicants_cannot_export() {
        assertThatThrownBy(() -> SignedIn.as(users, SignedIn.ANNA, () -> exports.csv(filter, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** RFC 4180: quoted fields, doubled quotes, CRLF rows. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // part of CRLF
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
