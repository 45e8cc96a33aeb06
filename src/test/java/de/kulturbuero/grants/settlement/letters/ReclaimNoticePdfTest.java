package de.kulturbuero.grants.settlement.letters;

import static de.kulturbuero.grants.settlement.letters.LetterSamples.CITY;
import static de.kulturbuero.grants.settlement.letters.LetterSamples.SEEDED_2024;
import static de.kulturbuero.grants.settlement.letters.LetterSamples.head;
import static de.kulturbuero.grants.settlement.letters.LetterSamples.lines;
import static de.kulturbuero.grants.settlement.letters.LetterSamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.settlement.ReclaimInterest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reclaim notice over a hand-computed case: 1,000.00 € to repay, interest from 1 May 2024, due
 * on 30 September 2024, over the seeded base rates 3.62 % (first half of 2024) and 3.37 % (second
 * half), 5 points above, actual days / 365, the payment day not counted:
 *
 * <pre>
 *   1 May – 30 June 2024:   31 + 30 = 61 days at 3.62 + 5 = 8.62 %
 *                           1,000 × 8.62 × 61 / 36,500 = 525,820 / 36,500 = 14.40602… → printed 14.4060
 *   1 July – 29 Sept 2024:  31 + 31 + 29 = 91 days at 3.37 + 5 = 8.37 %
 *                           1,000 × 8.37 × 91 / 36,500 = 761,670 / 36,500 = 20.86767… → printed 20.8677
 *   total (summed exactly, rounded once): (525,820 + 761,670) / 36,500 = 35.27370… → 35.27
 *   to pay: 1,000.00 + 35.27 = 1,035.27
 *   per day after the due date: 1,000 × 8.37 / 36,500 = 0.2293… → 0.23
 * </pre>
 *
 * Rounded one by one the periods would read 14.41 + 20.87 = 35.28, a cent above the total: the
 * notice prints them to four decimals so that the recipient can add them up.
 */
class ReclaimNoticePdfTest {

    private static final LocalDate FROM = LocalDate.of(2024, 5, 1);
    private static final LocalDate DUE = LocalDate.of(2024, 9, 30);
    private static final BigDecimal RECLAIM = new BigDecimal("1000.00");

    private static ReclaimNotice notice(ReclaimInterest.Result interest, String waiver, String hearingResponse) {
        return new ReclaimNotice(
                head(),
                lines(),
                new BigDecimal("4000.00"),
                new BigDecimal("3000.00"),
                new BigDecimal("4000.00"),
                RECLAIM,
                interest,
                waiver,
                FROM,
                DUE,
                CITY,
                "IK-2024-0017",
                "Nr. 8.2 der Förderrichtlinie Städtepartnerschaften",
                hearingResponse);
    }

    private static ReclaimInterest.Result interest() {
        return ReclaimInterest.compute(RECLAIM, FROM, DUE, SEEDED_2024);
    }

    @Test
    void the_hand_computed_case_is_what_the_rule_computes() {
        ReclaimInterest.Result r = interest();

        assertThat(r.total()).isEqualByComparingTo("35.27");
        assertThat(r.tranches().getFirst().periods())
                .extracting(ReclaimInterest.Period::days)
                .containsExactly(61L, 91L);
    }

    @Test
    void the_german_notice_shows_the_decision_the_interest_periods_and_the_city_account() throws Exception {
        byte[] pdf = ReclaimNoticePdf.render(notice(interest(), null, "Die Belege reichen wir nach."), Locale.GERMAN);
        String text = text(pdf);

        assertThat(text)
                .contains(
                        "Rückforderungsbescheid",
                        "IK-2024-0017",
                        "Klimawerkstatt Poznań – Łódź",
                        "auf 3.000,00 € statt der bewilligten 4.000,00 €",
                        "sind 1.000,00 € bis zum 30.09.2024 zu erstatten",
                        "ab dem 01.05.2024",
                        // the two periods: dates, days, base rate, rate, interest to four decimals
                        "01.05.2024 – 30.06.2024",
                        "61",
                        "3,62 %",
                        "8,62 %",
                        "14,4060 €",
                        "01.07.2024 – 29.09.2024",
                        "91",
                        "3,37 %",
                        "8,37 %",
                        "20,8677 €",
                        "Zinsen bis 30.09.2024",
                        "35,27 €",
                        "0,23 € je Tag",
                        "Die Belege reichen wir nach.",
                        "Nr. 8.2 der Förderrichtlinie Städtepartnerschaften",
                        "Stadtkasse Hannover",
                        "DE89 3704 0044 0532 0130 00",
                        "COBADEFFXXX",
                        "1.035,27 €",
                        "Rechtsbehelfsbelehrung");
        assertThat(LetterSamples.embedsDejaVu(pdf)).isTrue();
    }

    @Test
    void the_english_notice_formats_amounts_and_rates_the_english_way() throws Exception {
        String text = text(ReclaimNoticePdf.render(notice(interest(), null, null), Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "Reclaim notice",
                        "you are to repay €1,000.00",
                        "3.62%",
                        "8.62%",
                        "€14.4060",
                        "3.37%",
                        "8.37%",
                        "€20.8677",
                        "€35.27",
                        "€1,035.27",
                        "€0.23 per day",
                        "You did not respond in the hearing.",
                        "DE89 3704 0044 0532 0130 00")
                .doesNotContain("Rückforderungsbescheid");
    }

    @Test
    void a_waived_interest_shows_the_reason_and_no_interest_table() throws Exception {
        String german = text(
                ReclaimNoticePdf.render(notice(null, "Die Verzögerung lag beim Kulturbüro.", null), Locale.GERMAN));
        String english =
                text(ReclaimNoticePdf.render(notice(null, "The delay was the office’s.", null), Locale.ENGLISH));

        assertThat(german)
                .contains("Von der Erhebung von Zinsen", "Grund des Verzichts", "Die Verzögerung lag beim Kulturbüro.")
                .doesNotContain("Zinsen bis", "je Tag");
        // the amount to pay is the reclaim alone
        assertThat(german).contains("Bitte überweisen Sie 1.000,00 €");
        assertThat(english)
                .contains("No interest is charged", "Reason for the waiver", "The delay was the office’s.")
                .doesNotContain("Interest up to", "per day");
    }
}
