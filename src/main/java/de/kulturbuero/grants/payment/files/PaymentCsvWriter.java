package de.kulturbuero.grants.payment.files;

import de.kulturbuero.grants.shared.text.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A payment run as CSV for the city's finance system: UTF-8 with a byte order mark (so that
 * spreadsheet programs read the umlauts), semicolon as separator and the German decimal comma,
 * German dates, one header row, one row per payment. Texts are not transliterated (unlike the
 * SEPA file), but a text cell that a spreadsheet program would run as a formula gets a leading
 * apostrophe.
 */
public class PaymentCsvWriter {

    /** The columns, in order, as the finance system's import names them. */
    public static final List<String> HEADER = List.of(
            "Zahlungsempfänger",
            "IBAN",
            "BIC",
            "Betrag",
            "Verwendungszweck",
            "Produkt",
            "Sachkonto",
            "Kostenstelle",
            "Ausführungsdatum");

    static final char BOM = '\uFEFF';
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    public byte[] write(PaymentRunFile run) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            String executionDate = GERMAN_DATE.format(run.executionDate());
            for (PaymentFileLine line : run.lines()) {
                csv.printRecord(
                        text(line.payeeName()),
                        text(line.iban()),
                        text(line.bic()),
                        amount(line.amount()),
                        text(line.purpose()),
                        text(line.product()),
                        text(line.account()),
                        text(line.costCentre()),
                        executionDate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "1234,50": two decimals, decimal comma, no thousands separator (the import reads it as a number). */
    static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    /**
     * A text cell that a spreadsheet program would run as a formula is prefixed with an apostrophe,
     * so that it is shown as text (the same guard as the office's application export: {@link SpreadsheetCells}).
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return SpreadsheetCells.neutralise(value);
    }
}
