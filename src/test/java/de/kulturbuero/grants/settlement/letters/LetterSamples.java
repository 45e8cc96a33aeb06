package de.kulturbuero.grants.settlement.letters;

import de.kulturbuero.grants.settlement.BaseRate;
import de.kulturbuero.grants.settlement.BaseRateTable;
import de.kulturbuero.grants.settlement.CityAccount;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The case the letter tests print, and reading a PDF's text back. */
final class LetterSamples {

    /** The seeded rates around the two-period case: 3.62 until 30 June 2024, 3.37 from 1 July 2024. */
    static final BaseRateTable SEEDED_2024 = new BaseRateTable(List.of(
            new BaseRate(LocalDate.of(2024, 1, 1), new BigDecimal("3.62")),
            new BaseRate(LocalDate.of(2024, 7, 1), new BigDecimal("3.37"))));

    static final CityAccount CITY = new CityAccount("Stadtkasse Hannover", "DE89370400440532013000", "COBADEFFXXX");

    private LetterSamples() {}

    static LetterHead head() {
        return new LetterHead(
                "IK-2024-0017",
                "Klimawerkstatt Poznań – Łódź",
                "Stowarzyszenie Dźwięk e. V.",
                "Lange Laube 12\n30159 Hannover",
                LocalDate.of(2024, 8, 15),
                "Clara Clerk");
    }

    static List<LineFinding> lines() {
        return List.of(
                new LineFinding(
                        "Reisekosten – Bahn nach Poznań",
                        new BigDecimal("2000.00"),
                        new BigDecimal("2100.00"),
                        new BigDecimal("1500.00"),
                        "Belege über 600,00 € fehlen"),
                new LineFinding(
                        "Honorare",
                        new BigDecimal("3000.00"),
                        new BigDecimal("2900.00"),
                        new BigDecimal("2900.00"),
                        ""),
                new LineFinding("Druckkosten", null, new BigDecimal("123.45"), new BigDecimal("123.45"), null));
    }

    /**
     * All pages' text with every run of white space (line breaks of a paragraph, the no-break
     * space between an amount and "€") read as one blank.
     */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /** Whether the embedded DejaVu font is in the file (it carries ń, ł, ź). */
    static boolean embedsDejaVu(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).contains("DejaVuSans");
    }
}
