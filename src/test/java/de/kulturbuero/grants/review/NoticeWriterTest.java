package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class NoticeWriterTest {

    private final NoticeWriter writer = new NoticeWriter();

    private static ApplicationSummary application() {
        return new ApplicationSummary(
                7,
                "NS-2026-0007",
                "Klimawerkstatt Poznań – Łódź",
                3,
                5L,
                "Urząd Miasta Poznania",
                "…",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1),
                new BigDecimal("3500.00"),
                ApplicationStatus.APPROVED,
                Instant.now(),
                Instant.now(),
                "Anna Antrag",
                null,
                new BigDecimal("3000.00"),
                null,
                Instant.now(),
                null);
    }

    @Test
    void an_approval_in_german_prints_polish_letters_with_the_embedded_font() throws Exception {
        byte[] pdf = writer.write(new NoticeWriter.Letter(
                "APPROVAL",
                Locale.GERMAN,
                application(),
                "Anna Antrag",
                "Nachhaltige Stadtentwicklung",
                "Poznań",
                "Bericht bis 30.06.2027",
                null,
                LocalDate.of(2026, 11, 26)));
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "notice-approval-de.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("Bewilligungsbescheid", "NS-2026-0007", "Poznań", "3.000,00", "Bericht bis 30.06.2027");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
    }

    @Test
    void a_rejection_in_english_states_the_reason() throws Exception {
        byte[] pdf = writer.write(new NoticeWriter.Letter(
                "REJECTION",
                Locale.ENGLISH,
                application(),
                "Ben Applicant",
                "Sustainable urban development",
                "Poznań",
                null,
                "No partner organisation took part.",
                LocalDate.of(2026, 11, 26)));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Rejection notice", "No partner organisation took part.", "no legal claim");
    }
}
