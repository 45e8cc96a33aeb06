package de.kulturbuero.grants.settlement.letters;

import static de.kulturbuero.grants.settlement.letters.LetterSamples.head;
import static de.kulturbuero.grants.settlement.letters.LetterSamples.lines;
import static de.kulturbuero.grants.settlement.letters.LetterSamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CheckNotePdfTest {

    private static CheckNote note(BigDecimal balance, String confirmedBy) {
        return new CheckNote(
                head(),
                true,
                "drawn in the sample (0.0731 < 10 %)",
                lines(),
                new BigDecimal("4523.45"),
                new BigDecimal("800.00"),
                new BigDecimal("4000.00"),
                new BigDecimal("3723.45"),
                new BigDecimal("4000.00"),
                balance,
                "Fahrtkosten nur mit Belegen anerkannt.",
                "Clara Clerk",
                confirmedBy);
    }

    @Test
    void a_german_check_note_shows_the_case_the_depth_the_lines_with_totals_and_the_balance_to_reclaim()
            throws Exception {
        byte[] pdf = CheckNotePdf.render(note(new BigDecimal("-276.55"), "Hanna Head"), Locale.GERMAN);
        String text = text(pdf);

        assertThat(text)
                .contains(
                        "Prüfvermerk",
                        "IK-2024-0017",
                        "Klimawerkstatt Poznań – Łódź",
                        "Vertiefte Prüfung",
                        "drawn in the sample (0.0731 < 10 %)",
                        "Reisekosten – Bahn nach Poznań",
                        "Belege über 600,00 € fehlen",
                        "nicht geplant",
                        // totals: planned 2,000 + 3,000 = 5,000; claimed 2,100 + 2,900 + 123.45 = 5,123.45;
                        // recognised 1,500 + 2,900 + 123.45 = 4,523.45
                        "5.000,00",
                        "5.123,45",
                        "4.523,45",
                        "3.723,45",
                        "276,55 € zurückzufordern",
                        "Fahrtkosten nur mit Belegen anerkannt.",
                        "Clara Clerk",
                        "Hanna Head");
        assertThat(LetterSamples.embedsDejaVu(pdf)).isTrue();
    }

    @Test
    void an_english_check_note_without_a_second_officer_says_so_and_names_what_is_still_to_pay() throws Exception {
        String text = text(CheckNotePdf.render(note(new BigDecimal("150.00"), null), Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "Check note",
                        "In-depth check",
                        "€5,123.45",
                        "€4,523.45",
                        "€150.00 still to be paid to the recipient",
                        "No second check")
                .doesNotContain("Prüfvermerk");
    }

    @Test
    void a_quick_check_that_settles_even_says_nothing_is_left() throws Exception {
        CheckNote quick = new CheckNote(
                head(),
                false,
                "not drawn",
                lines(),
                new BigDecimal("4523.45"),
                BigDecimal.ZERO,
                new BigDecimal("4000.00"),
                new BigDecimal("4000.00"),
                new BigDecimal("4000.00"),
                new BigDecimal("0.00"),
                "",
                "Clara Clerk",
                null);

        assertThat(text(CheckNotePdf.render(quick, Locale.ENGLISH)))
                .contains("Quick check", "Settled: nothing to pay or to reclaim");
    }
}
