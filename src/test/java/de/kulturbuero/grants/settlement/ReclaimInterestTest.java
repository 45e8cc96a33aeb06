package de.kulturbuero.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kulturbuero.grants.settlement.ReclaimInterest.Period;
import de.kulturbuero.grants.settlement.ReclaimInterest.Result;
import de.kulturbuero.grants.settlement.ReclaimInterest.Tranche;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interest on a reclaim: amount × max(0, base rate + 5) × days / (100 × 365), summed over the
 * half-years, rounded half up once per tranche. Days: the start day counts, the payment day does
 * not. Every expected figure computed by hand from the published base rates.
 */
class ReclaimInterestTest {

    /** The published rates the migration seeds: 2023-01-01 1.62 … 2025-07-01 1.27. */
    static final BaseRateTable PUBLISHED = new BaseRateTable(List.of(
            rate("2023-01-01", "1.62"),
            rate("2023-07-01", "3.12"),
            rate("2024-01-01", "3.62"),
            rate("2024-07-01", "3.37"),
            rate("2025-01-01", "2.27"),
            rate("2025-07-01", "1.27")));

    @Test
    void within_one_half_year_starting_mid_period() {
        // 2,500.00 from 10 Feb 2025 to 10 Mar 2025: 19 days of February (10th–28th) + 9 of March = 28 days
        // rate 2.27 + 5 = 7.27: 2,500 × 7.27 × 28 / 36,500 = 508,900 / 36,500 = 13.9424… → 13.94
        Result r = ReclaimInterest.compute(d("2500.00"), day("2025-02-10"), day("2025-03-10"), PUBLISHED);

        assertThat(r.total()).isEqualByComparingTo("13.94");
        assertThat(r.tranches().getFirst().periods())
                .extracting(Period::days, Period::rate)
                .containsExactly(tuple(28L, new BigDecimal("7.27")));
    }

    @Test
    void across_two_base_rate_periods() {
        // 1,000.00 from 15 May 2023 to 10 Sep 2023
        //   15 May – 30 Jun: 17 + 30 = 47 days at 1.62 + 5 = 6.62 → 1,000 × 6.62 × 47 = 311,140
        //   1 Jul – 9 Sep:   31 + 31 + 9 = 71 days at 3.12 + 5 = 8.12 → 1,000 × 8.12 × 71 = 576,520
        //   (311,140 + 576,520) / 36,500 = 887,660 / 36,500 = 24.3194… → 24.32
        Result r = ReclaimInterest.compute(d("1000.00"), day("2023-05-15"), day("2023-09-10"), PUBLISHED);

        assertThat(r.total()).isEqualByComparingTo("24.32");
        List<Period> periods = r.tranches().getFirst().periods();
        assertThat(periods).extracting(Period::days).containsExactly(47L, 71L);
        assertThat(periods).extracting(Period::from).containsExactly(day("2023-05-15"), day("2023-07-01"));
        assertThat(periods).extracting(Period::until).containsExactly(day("2023-07-01"), day("2023-09-10"));
    }

    @Test
    void across_three_base_rate_periods_through_a_leap_year() {
        // 5,000.00 from 1 Dec 2023 to 15 Aug 2024
        //   1 Dec – 31 Dec 2023:  31 days at 8.12 → 5,000 × 8.12 × 31  = 1,258,600
        //   1 Jan – 30 Jun 2024: 182 days (29 Feb) at 3.62 + 5 = 8.62 → 5,000 × 8.62 × 182 = 7,844,200
        //   1 Jul – 14 Aug 2024:  31 + 14 = 45 days at 3.37 + 5 = 8.37 → 5,000 × 8.37 × 45 = 1,883,250
        //   10,986,050 / 36,500 = 300.9876… → 300.99
        Result r = ReclaimInterest.compute(d("5000.00"), day("2023-12-01"), day("2024-08-15"), PUBLISHED);

        assertThat(r.tranches().getFirst().periods()).extracting(Period::days).containsExactly(31L, 182L, 45L);
        assertThat(r.total()).isEqualByComparingTo("300.99");
    }

    @Test
    void a_leap_day_is_a_day_of_interest_and_the_year_still_has_365() {
        // first half of 2024: 182 days at 8.62: 10,000 × 8.62 × 182 / 36,500 = 15,688,400 / 36,500 = 429.8191… → 429.82
        assertThat(ReclaimInterest.compute(d("10000.00"), day("2024-01-01"), day("2024-07-01"), PUBLISHED)
                        .total())
                .isEqualByComparingTo("429.82");
        // 28 Feb 2024 to 1 Mar 2024: 2 days (28th, 29th): 10,000 × 8.62 × 2 / 36,500 = 172,400 / 36,500 = 4.7232… →
        // 4.72
        assertThat(ReclaimInterest.compute(d("10000.00"), day("2024-02-28"), day("2024-03-01"), PUBLISHED)
                        .total())
                .isEqualByComparingTo("4.72");
        // the same dates in 2025: 1 day at 7.27: 72,700 / 36,500 = 1.9917… → 1.99
        assertThat(ReclaimInterest.compute(d("10000.00"), day("2025-02-28"), day("2025-03-01"), PUBLISHED)
                        .total())
                .isEqualByComparingTo("1.99");
    }

    @Test
    void each_payment_bears_interest_from_its_own_day() {
        // revocation for the past: 1,000.00 paid on 15 May 2023 (24.32, as above) and 500.00 paid on 1 Aug 2023,
        // both paid back on 10 Sep 2023; 1 Aug – 9 Sep = 31 + 9 = 40 days at 8.12:
        // 500 × 8.12 × 40 / 36,500 = 162,400 / 36,500 = 4.4493… → 4.45; total 24.32 + 4.45 = 28.77
        Result r = ReclaimInterest.compute(
                List.of(new Tranche(d("1000.00"), day("2023-05-15")), new Tranche(d("500.00"), day("2023-08-01"))),
                day("2023-09-10"),
                PUBLISHED);

        assertThat(r.tranches())
                .extracting(ReclaimInterest.TrancheInterest::interest)
                .containsExactly(new BigDecimal("24.32"), new BigDecimal("4.45"));
        assertThat(r.total()).isEqualByComparingTo("28.77");
    }

    @Test
    void the_interest_is_rounded_once_not_per_period() {
        // 2.11 from 25 Jun 2023 to 7 Jul 2023: 6 days at 6.62 and 6 days at 8.12
        //   2.11 × 6.62 × 6 = 83.8092 (0.0023 €), 2.11 × 8.12 × 6 = 102.7992 (0.0028 €)
        //   rounded per period 0.00 + 0.00; once: 186.6084 / 36,500 = 0.00511… → 0.01
        assertThat(ReclaimInterest.compute(d("2.11"), day("2023-06-25"), day("2023-07-07"), PUBLISHED)
                        .total())
                .isEqualByComparingTo("0.01");
    }

    @Test
    void a_negative_base_rate_above_minus_five_still_bears_interest() {
        // first half of 2022: base rate −0.88 → 4.12; 181 days: 1,000 × 4.12 × 181 / 36,500 = 745,720 / 36,500
        // = 20.4306… → 20.43
        BaseRateTable table = new BaseRateTable(List.of(rate("2022-01-01", "-0.88")));

        assertThat(ReclaimInterest.compute(d("1000.00"), day("2022-01-01"), day("2022-07-01"), table)
                        .total())
                .isEqualByComparingTo("20.43");
    }

    @Test
    void a_base_rate_below_minus_five_gives_no_interest_for_its_period() {
        // 1,000.00 from 1 Jun 2040 to 1 Aug 2040: June (30 days) at max(0, −6 + 5) = 0;
        // July (31 days) at 0 + 5 = 5: 1,000 × 5 × 31 / 36,500 = 155,000 / 36,500 = 4.2465… → 4.25
        BaseRateTable table = new BaseRateTable(List.of(rate("2040-01-01", "-6.00"), rate("2040-07-01", "0.00")));

        Result r = ReclaimInterest.compute(d("1000.00"), day("2040-06-01"), day("2040-08-01"), table);

        assertThat(r.tranches().getFirst().periods())
                .extracting(Period::rate)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("5"));
        assertThat(r.total()).isEqualByComparingTo("4.25");
        // a whole period at −6: nothing at all, never a negative amount
        assertThat(ReclaimInterest.compute(d("1000.00"), day("2040-01-01"), day("2040-07-01"), table)
                        .total())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void paid_back_on_the_start_day_or_before_bears_no_interest() {
        assertThat(ReclaimInterest.compute(d("1000.00"), day("2024-03-01"), day("2024-03-01"), PUBLISHED)
                        .total())
                .isEqualByComparingTo("0.00");
        assertThat(ReclaimInterest.compute(d("1000.00"), day("2024-03-01"), day("2024-02-01"), PUBLISHED)
                        .tranches()
                        .getFirst()
                        .periods())
                .isEmpty();
        // one day: 1,000 × 8.62 × 1 / 36,500 = 0.2361… → 0.24
        assertThat(ReclaimInterest.compute(d("1000.00"), day("2024-03-01"), day("2024-03-02"), PUBLISHED)
                        .total())
                .isEqualByComparingTo("0.24");
    }

    @Test
    void a_half_year_without_a_rate_is_refused_not_guessed() {
        // paid on 1 Jan 2026: the last day of interest is 31 Dec 2025, covered by the rate from 1 Jul 2025
        // 1 Dec – 31 Dec 2025: 31 days at 6.27: 1,000 × 6.27 × 31 / 36,500 = 194,370 / 36,500 = 5.3252… → 5.33
        assertThat(ReclaimInterest.compute(d("1000.00"), day("2025-12-01"), day("2026-01-01"), PUBLISHED)
                        .total())
                .isEqualByComparingTo("5.33");
        // one day later the rate of 2026 would be needed
        assertThatThrownBy(() -> ReclaimInterest.compute(d("1000.00"), day("2025-12-01"), day("2026-01-02"), PUBLISHED))
                .isInstanceOfSatisfying(
                        BaseRateMissing.class, e -> assertThat(e.halfYear()).isEqualTo(day("2026-01-01")));
        // and before the table begins
        assertThatThrownBy(() -> ReclaimInterest.compute(d("1000.00"), day("2022-12-31"), day("2023-01-10"), PUBLISHED))
                .isInstanceOfSatisfying(
                        BaseRateMissing.class, e -> assertThat(e.halfYear()).isEqualTo(day("2022-07-01")));
    }

    @Test
    void a_table_with_a_rate_off_the_half_year_days_is_refused() {
        assertThatThrownBy(() -> new BaseRateTable(List.of(rate("2024-02-01", "3.62"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BaseRateTable(List.of(rate("2024-01-01", "3.62"), rate("2024-01-01", "3.00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static BaseRate rate(String from, String rate) {
        return new BaseRate(day(from), new BigDecimal(rate));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
