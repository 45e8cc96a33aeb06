package de.kulturbuero.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.settlement.SampleDraw.Reason;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleDrawTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("5000.00");
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    private static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    @Test
    void a_grant_on_the_threshold_is_not_above_it_one_cent_more_is() {
        BigDecimal high = new BigDecimal("0.9");
        assertThat(SampleDraw.decide(eur("5000.00"), THRESHOLD, TEN_PERCENT, high)
                        .reason())
                .isEqualTo(Reason.NOT_DRAWN);
        assertThat(SampleDraw.decide(eur("5000.01"), THRESHOLD, TEN_PERCENT, high)
                        .reason())
                .isEqualTo(Reason.ABOVE_THRESHOLD);
    }

    @Test
    void a_value_just_below_the_share_is_drawn_the_share_itself_is_not() {
        assertThat(SampleDraw.decide(eur("100"), THRESHOLD, TEN_PERCENT, new BigDecimal("0.0999999999"))
                        .reason())
                .isEqualTo(Reason.DRAWN);
        assertThat(SampleDraw.decide(eur("100"), THRESHOLD, TEN_PERCENT, new BigDecimal("0.1000000000"))
                        .reason())
                .isEqualTo(Reason.NOT_DRAWN);
        assertThat(SampleDraw.decide(eur("100"), THRESHOLD, TEN_PERCENT, BigDecimal.ZERO)
                        .inDepth())
                .isTrue();
    }

    @Test
    void a_share_of_zero_draws_nothing_and_a_share_of_one_draws_everything() {
        BigDecimal highest = new BigDecimal("0.9999999999");
        assertThat(SampleDraw.decide(eur("1"), THRESHOLD, BigDecimal.ZERO, BigDecimal.ZERO)
                        .inDepth())
                .isFalse();
        assertThat(SampleDraw.decide(eur("1"), THRESHOLD, BigDecimal.ONE, highest)
                        .inDepth())
                .isTrue();
    }

    @Test
    void the_value_is_reproducible_from_reference_and_seed_and_lies_in_zero_to_one() {
        BigDecimal v = SampleDraw.value("IK-2026-0001", "3f2a9c");
        assertThat(SampleDraw.value("IK-2026-0001", "3f2a9c")).isEqualTo(v);
        assertThat(SampleDraw.value("IK-2026-0002", "3f2a9c")).isNotEqualTo(v);
        assertThat(SampleDraw.value("IK-2026-0001", "3f2a9d")).isNotEqualTo(v);
        IntStream.range(0, 2000).forEach(i -> {
            BigDecimal x = SampleDraw.value("IK-2026-" + i, "seed");
            assertThat(x).isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThan(BigDecimal.ONE);
            assertThat(x.scale()).isEqualTo(SampleDraw.SCALE);
        });
    }

    @Test
    void about_the_share_of_many_reports_is_drawn() {
        long drawn = IntStream.range(0, 10_000)
                .filter(i -> SampleDraw.decide(
                                eur("100"), THRESHOLD, TEN_PERCENT, SampleDraw.value("ZT-2026-" + i, "s"))
                        .inDepth())
                .count();
        assertThat(drawn).isBetween(850L, 1150L);
    }

    @Test
    void a_value_outside_zero_to_one_or_a_share_outside_is_refused() {
        assertThatThrownBy(() -> SampleDraw.decide(eur("1"), THRESHOLD, TEN_PERCENT, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleDraw.decide(eur("1"), THRESHOLD, new BigDecimal("1.01"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
