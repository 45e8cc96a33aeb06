package de.kulturbuero.grants.payment.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV for the finance system, read back with commons-csv as the import would read it. */
class PaymentCsvWriterTest {

    private final PaymentCsvWriter writer = new PaymentCsvWriter();

    private static PaymentRunFile run(PaymentFileLine... lines) {
        return new PaymentRunFile(
                "KB20261204101530A1B2C3D4E5",
                Instant.parse("2026-12-04T09:15:30Z"),
                LocalDate.of(2026, 12, 7),
                "Stadt Hannover Kulturbuero",
                "DE89370400440532013000",
                "COBADEFFXXX",
                List.of(lines));
    }

    private static final PaymentFileLine GOERLITZ = new PaymentFileLine(
            "IK-2026-0042-Z1",
            "Städtepartnerschaftsverein Görlitz e.V.",
            "DE02120300000000202051",
            "BYLADEM1001",
            new BigDecimal("1234.5"),
            "IK-2026-0042 Zuwendung Kulturbuero Zahlung 1",
            "25.2.01",
            "531800",
            "KST-4711");

    private static final PaymentFileLine LODZ = new PaymentFileLine(
            "IK-2026-0043-Z2",
            "Jugendförderung Łódź; \"Most\" & Partner",
            "PL61109010140000071219812874",
            null,
            new BigDecimal("0.99"),
            "IK-2026-0043 Zuwendung Kulturbuero Zahlung 2",
            "25.2.01",
            "531800",
            "KST-4711");

    @Test
    void the_file_is_utf8_with_a_byte_order_mark() {
        byte[] csv = writer.write(run(GOERLITZ));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Städtepartnerschaftsverein Görlitz e.V.");
    }

    @Test
    void the_header_row_names_the_columns_in_order() throws IOException {
        List<CSVRecord> rows = readBack(writer.write(run(GOERLITZ)));

        assertThat(rows.getFirst().values())
                .containsExactly(
                        "Zahlungsempfänger",
                        "IBAN",
                        "BIC",
                        "Betrag",
                        "Verwendungszweck",
                        "Produkt",
                        "Sachkonto",
                        "Kostenstelle",
                        "Ausführungsdatum");
    }

    @Test
    void each_payment_reads_back_as_written_with_decimal_comma_and_german_date() throws IOException {
        List<CSVRecord> rows = readBack(writer.write(run(GOERLITZ, LODZ)));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).values())
                .containsExactly(
                        "Städtepartnerschaftsverein Görlitz e.V.",
                        "DE02120300000000202051",
                        "BYLADEM1001",
                        "1234,50",
                        "IK-2026-0042 Zuwendung Kulturbuero Zahlung 1",
                        "25.2.01",
                        "531800",
                        "KST-4711",
                        "07.12.2026");
        // a semicolon and quotes inside a text are quoted, not taken as a separator; no BIC is an empty cell
        assertThat(rows.get(2).values())
                .containsExactly(
                        "Jugendförderung Łódź; \"Most\" & Partner",
                        "PL61109010140000071219812874",
                        "",
                        "0,99",
                        "IK-2026-0043 Zuwendung Kulturbuero Zahlung 2",
                        "25.2.01",
                        "531800",
                        "KST-4711",
                        "07.12.2026");
    }

    @Test
    void separator_is_the_semicolon_and_rows_end_with_crlf() {
        String csv = new String(writer.write(run(GOERLITZ)), StandardCharsets.UTF_8);

        assertThat(csv.substring(1))
                .startsWith("Zahlungsempfänger;IBAN;BIC;Betrag;Verwendungszweck;Produkt;Sachkonto;Kostenstelle;"
                        + "Ausführungsdatum\r\n");
        assertThat(csv).endsWith(";07.12.2026\r\n");
    }

    @Test
    void a_cell_that_would_run_as_a_formula_gets_a_leading_apostrophe() throws IOException {
        PaymentFileLine evil = new PaymentFileLine(
                "IK-2026-0099-Z1",
                "=HYPERLINK(\"http://example.invalid\";\"x\")",
                "DE02120300000000202051",
                "@SUM(A1)",
                new BigDecimal("10"),
                "+49 Zweck",
                "-1",
                "\tTab",
                "\rCR");
        List<CSVRecord> rows = readBack(writer.write(run(evil)));

        CSVRecord row = rows.get(1);
        assertThat(row.get(0)).isEqualTo("'=HYPERLINK(\"http://example.invalid\";\"x\")");
        assertThat(row.get(2)).isEqualTo("'@SUM(A1)");
        assertThat(row.get(3)).isEqualTo("10,00");
        assertThat(row.get(4)).isEqualTo("'+49 Zweck");
        assertThat(row.get(5)).isEqualTo("'-1");
        assertThat(row.get(6)).isEqualTo("'\tTab");
        assertThat(row.get(7)).isEqualTo("'\rCR");
        // after leading blanks a spreadsheet program still runs the formula
        assertThat(PaymentCsvWriter.text("  =1+2")).isEqualTo("'  =1+2");
        assertThat(PaymentCsvWriter.text("\n@SUM(A1)")).isEqualTo("'\n@SUM(A1)");
        // a harmless text is left alone
        assertThat(PaymentCsvWriter.text("IK-2026-0099")).isEqualTo("IK-2026-0099");
    }

    @Test
    void an_amount_with_fractions_of_a_cent_is_refused() {
        PaymentFileLine odd = new PaymentFileLine(
                "IK-1", "A", "DE02120300000000202051", null, new BigDecimal("1.005"), "x", "p", "a", "c");

        assertThatThrownBy(() -> writer.write(run(odd))).isInstanceOf(ArithmeticException.class);
    }

    /** Reads the file as the finance system's import would: byte order mark, then semicolon-separated UTF-8. */
    private static List<CSVRecord> readBack(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
        try (CSVParser parser = CSVFormat.Builder.create()
                .setDelimiter(';')
                .setQuote('"')
                .get()
                .parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }
}
