package de.kulturbuero.grants.settlement.letters;

import static de.kulturbuero.grants.settlement.letters.LetterSamples.head;
import static de.kulturbuero.grants.settlement.letters.LetterSamples.lines;
import static de.kulturbuero.grants.settlement.letters.LetterSamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HearingLetterPdfTest {

    private static final HearingLetter HEARING = new HearingLetter(
            head(),
            lines(),
            new BigDecimal("4000.00"),
            new BigDecimal("3000.00"),
            new BigDecimal("4000.00"),
            new BigDecimal("1000.00"),
            LocalDate.of(2024, 9, 16));

    @Test
    void the_german_hearing_names_the_intended_reclaim_the_figures_and_the_day_to_respond_by() throws Exception {
        byte[] pdf = HearingLetterPdf.render(HEARING, Locale.GERMAN);
        String text = text(pdf);

        assertThat(text)
                .contains(
                        "Anhörung vor einer Rückforderung",
                        "Ihre Zuwendung IK-2024-0017: Klimawerkstatt Poznań – Łódź",
                        "Stowarzyszenie Dźwięk e. V.",
                        "30159 Hannover",
                        "15.08.2024",
                        "Guten Tag Stowarzyszenie Dźwięk e. V.,",
                        "3.000,00 € statt der bewilligten 4.000,00 €",
                        "1.000,00 € zurückzufordern",
                        "Reisekosten – Bahn nach Poznań",
                        "bis zum 16.09.2024",
                        "§ 28 VwVfG",
                        "Clara Clerk");
        assertThat(LetterSamples.embedsDejaVu(pdf)).isTrue();
    }

    @Test
    void the_english_hearing_says_the_same_in_english() throws Exception {
        String text = text(HearingLetterPdf.render(HEARING, Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "Hearing before a reclaim",
                        "Your grant IK-2024-0017",
                        "Dear Stowarzyszenie Dźwięk e. V.,",
                        "the grant comes to €3,000.00 instead of the €4,000.00 approved",
                        "to reclaim €1,000.00",
                        "until Sep 16, 2024")
                .doesNotContain("Anhörung");
    }
}
