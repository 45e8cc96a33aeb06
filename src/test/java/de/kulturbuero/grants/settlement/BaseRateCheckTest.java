package de.kulturbuero.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kulturbuero.grants.settlement.BaseRateRefused.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules for a new base rate: the next half-year, a plausible rate, two decimals. */
class BaseRateCheckTest {

    private static final Optional<LocalDate> NEWEST = Optional.of(LocalDate.of(2025, 7, 1));

    @Test
    void the_half_year_after_the_newest_with_a_published_rate_may_be_added() {
        assertThat(check("2026-01-01", "1.27", NEWEST, false)).isEmpty();
        assertThat(check("2026-01-01", "-0.88", NEWEST, false)).isEmpty();
        assertThat(check("2026-01-01", "-10", NEWEST, false)).isEmpty();
        assertThat(check("2026-01-01", "20.00", NEWEST, false)).isEmpty();
        assertThat(BaseRateCheck.next(NEWEST, LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void an_empty_table_takes_any_half_year() {
        assertThat(check("2019-07-01", "-0.88", Optional.empty(), false)).isEmpty();
        assertThat(BaseRateCheck.next(Optional.empty(), LocalDate.of(2026, 12, 4)))
                .isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void only_the_first_of_january_or_july() {
        assertThat(keys(check("2026-02-01", "1.27", NEWEST, false)))
                .containsExactly("settlement.rates.refused.half-year");
        assertThat(keys(check("2025-12-31", "1.27", NEWEST, false)))
                .containsExactly("settlement.rates.refused.half-year");
    }

    @Test
    void an_existing_an_older_and_a_skipping_half_year_are_refused() {
        assertThat(keys(check("2025-07-01", "1.27", NEWEST, true))).containsExactly("settlement.rates.refused.exists");
        assertThat(keys(check("2025-01-01", "2.27", NEWEST, false))).containsExactly("settlement.rates.refused.older");
        List<Problem> gap = check("2026-07-01", "1.27", NEWEST, false);
        assertThat(keys(gap)).containsExactly("settlement.rates.refused.gap");
        assertThat(gap.getFirst().args()).containsExactly(LocalDate.of(2026, 1, 1));
    }

    @Test
    void a_rate_outside_minus_ten_and_twenty_or_with_three_decimals_is_refused() {
        assertThat(keys(check("2026-01-01", "20.01", NEWEST, false))).containsExactly("settlement.rates.refused.range");
        assertThat(keys(check("2026-01-01", "-10.01", NEWEST, false)))
                .containsExactly("settlement.rates.refused.range");
        assertThat(keys(check("2026-01-01", "1.275", NEWEST, false)))
                .containsExactly("settlement.rates.refused.decimals");
        assertThat(check("2026-01-01", "1.2700", NEWEST, false)).isEmpty();
    }

    @Test
    void both_fields_are_required_and_named() {
        List<Problem> problems = BaseRateCheck.problems(null, null, NEWEST, false);
        assertThat(problems)
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(
                        tuple(BaseRateCheck.VALID_FROM, "settlement.rates.refused.valid-from-required"),
                        tuple(BaseRateCheck.RATE, "settlement.rates.refused.rate-required"));
    }

    private static List<Problem> check(String from, String rate, Optional<LocalDate> newest, boolean exists) {
        return BaseRateCheck.problems(LocalDate.parse(from), new BigDecimal(rate), newest, exists);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }
}
