package de.kulturbuero.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.programme.FinancingType;
import de.kulturbuero.grants.settlement.GrantRecomputation.Result;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The grant recomputed from the final report, per financing type; every figure computed by hand. */
class GrantRecomputationTest {

    // --- deficit (Fehlbedarf): limit = recognised eligible − max(0, income − non-eligible)

    @Test
    void deficit_as_planned_keeps_the_grant() {
        // plan and report: eligible 10,000.00, income 4,000.00 → 6,000.00 = granted
        Result r = GrantRecomputation.deficit(d("6000.00"), d("10000.00"), d("0.00"), d("4000.00"));

        assertThat(r.grant()).isEqualByComparingTo("6000.00");
        assertThat(r.reduced()).isFalse();
    }

    @Test
    void deficit_extra_income_lowers_the_grant_euro_for_euro() {
        // income 4,500.00 instead of 4,000.00: 10,000 − 4,500 = 5,500.00
        Result r = GrantRecomputation.deficit(d("6000.00"), d("10000.00"), d("0.00"), d("4500.00"));

        assertThat(r.grant()).isEqualByComparingTo("5500.00");
        assertThat(r.reduced()).isTrue();
    }

    @Test
    void deficit_income_pays_the_non_eligible_costs_first() {
        // non-eligible 300.00, income 4,500.00 → 4,200.00 left for eligible costs: 10,000 − 4,200 = 5,800.00
        Result r = GrantRecomputation.deficit(d("6000.00"), d("10000.00"), d("300.00"), d("4500.00"));

        assertThat(r.limit()).isEqualByComparingTo("5800.00");
        assertThat(r.grant()).isEqualByComparingTo("5800.00");
    }

    @Test
    void deficit_lower_costs_lower_the_grant_and_higher_costs_never_raise_it() {
        // 9,000 − 4,000 = 5,000.00
        assertThat(GrantRecomputation.deficit(d("6000.00"), d("9000.00"), d("0.00"), d("4000.00"))
                        .grant())
                .isEqualByComparingTo("5000.00");
        // 11,000 − 4,000 = 7,000.00 > granted 6,000.00 → 6,000.00
        Result higher = GrantRecomputation.deficit(d("6000.00"), d("11000.00"), d("0.00"), d("4000.00"));
        assertThat(higher.limit()).isEqualByComparingTo("7000.00");
        assertThat(higher.grant()).isEqualByComparingTo("6000.00");
    }

    @Test
    void deficit_income_above_the_costs_gives_no_grant_not_a_negative_one() {
        // 3,000 − 3,500 = −500.00 → 0.00
        Result r = GrantRecomputation.deficit(d("2000.00"), d("3000.00"), d("0.00"), d("3500.00"));

        assertThat(r.limit()).isEqualByComparingTo("-500.00");
        assertThat(r.grant()).isEqualByComparingTo("0.00");
    }

    // --- share (Anteil): limit = share × recognised eligible, rounded down to the cent

    @Test
    void share_rounds_down_to_the_cent() {
        // 0.5 × 7,777.77 = 3,888.885 → 3,888.88 (half up would give 3,888.89, above the share)
        Result r = GrantRecomputation.share(d("4000.00"), d("7777.77"), d("0.5"));

        assertThat(r.grant()).isEqualByComparingTo("3888.88");
    }

    @Test
    void share_is_capped_at_the_granted_amount_and_ignores_income() {
        // 0.5 × 9,000.00 = 4,500.00 > granted 4,000.00 → 4,000.00
        assertThat(GrantRecomputation.share(d("4000.00"), d("9000.00"), d("0.5"))
                        .grant())
                .isEqualByComparingTo("4000.00");
        // extra income does not enter a share grant: 0.75 × 6,000.00 = 4,500.00 with and without it
        Result without = GrantRecomputation.recompute(new GrantRecomputation.Figures(
                FinancingType.SHARE, d("5000.00"), d("6000.00"), d("0.00"), d("0.00"), d("0.75"), null));
        Result with = GrantRecomputation.recompute(new GrantRecomputation.Figures(
                FinancingType.SHARE, d("5000.00"), d("6000.00"), d("0.00"), d("3000.00"), d("0.75"), null));
        assertThat(without.grant()).isEqualByComparingTo("4500.00");
        assertThat(with.grant()).isEqualByComparingTo("4500.00");
    }

    @Test
    void share_outside_zero_and_one_is_refused() {
        assertThatThrownBy(() -> GrantRecomputation.share(d("1000.00"), d("2000.00"), d("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- fixed amount (Festbetrag): limit = min(fixed amount, recognised eligible)

    @Test
    void fixed_amount_stays_while_the_costs_reach_it() {
        // min(3,000.00, 3,500.00) = 3,000.00; income does not enter
        Result r = GrantRecomputation.recompute(new GrantRecomputation.Figures(
                FinancingType.FIXED, d("3000.00"), d("3500.00"), d("0.00"), d("9999.00"), null, d("3000.00")));

        assertThat(r.grant()).isEqualByComparingTo("3000.00");
    }

    @Test
    void fixed_amount_falls_to_the_costs_below_it() {
        // min(3,000.00, 2,800.50) = 2,800.50
        assertThat(GrantRecomputation.fixed(d("3000.00"), d("2800.50"), d("3000.00"))
                        .grant())
                .isEqualByComparingTo("2800.50");
        // exactly the fixed amount: 3,000.00
        assertThat(GrantRecomputation.fixed(d("3000.00"), d("3000.00"), d("3000.00"))
                        .grant())
                .isEqualByComparingTo("3000.00");
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
