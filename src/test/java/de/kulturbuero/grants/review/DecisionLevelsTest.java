package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecisionLevelsTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("5000.00");

    @Test
    void up_to_and_including_the_threshold_a_reviewer_decides() {
        assertThat(DecisionLevels.levelFor(new BigDecimal("0.00"), THRESHOLD)).isEqualTo(DecisionLevels.REVIEWER);
        assertThat(DecisionLevels.levelFor(new BigDecimal("5000"), THRESHOLD)).isEqualTo(DecisionLevels.REVIEWER);
    }

    @Test
    void above_the_threshold_the_head_decides() {
        assertThat(DecisionLevels.levelFor(new BigDecimal("5000.01"), THRESHOLD))
                .isEqualTo(DecisionLevels.HEAD);
    }

    @Test
    void a_missing_amount_or_threshold_is_refused() {
        assertThatThrownBy(() -> DecisionLevels.levelFor(null, THRESHOLD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DecisionLevels.levelFor(BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reviewer_may_approve_up_to_and_including_the_threshold_but_not_a_cent_more() {
        assertThat(DecisionLevels.mayApprove(DecisionLevels.REVIEWER, new BigDecimal("5000.00"), THRESHOLD))
                .isTrue();
        assertThat(DecisionLevels.mayApprove(DecisionLevels.REVIEWER, new BigDecimal("5000.01"), THRESHOLD))
                .isFalse();
    }

    @Test
    void the_head_may_approve_above_the_threshold() {
        assertThat(DecisionLevels.mayApprove(DecisionLevels.HEAD, new BigDecimal("20000.00"), THRESHOLD))
                .isTrue();
    }

    @Test
    void an_unknown_level_is_refused() {
        assertThatThrownBy(() -> DecisionLevels.mayApprove("CLERK", BigDecimal.ONE, THRESHOLD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
