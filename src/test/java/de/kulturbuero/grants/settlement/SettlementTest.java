package de.kulturbuero.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Recomputed grant − paid: still to pay, to reclaim, or settled. */
class SettlementTest {

    @Test
    void a_recomputed_grant_above_the_paid_amount_leaves_the_rest_to_pay() {
        // 6,000.00 − 5,400.00 paid (the 10 % holdback kept back) = 600.00 to pay
        Settlement s = Settlement.of(new BigDecimal("6000.00"), new BigDecimal("5400.00"));

        assertThat(s.outcome()).isEqualTo(Settlement.Outcome.TO_PAY);
        assertThat(s.toPay()).isEqualByComparingTo("600.00");
        assertThat(s.toReclaim()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_recomputed_grant_below_the_paid_amount_is_reclaimed() {
        // 5,500.00 − 5,800.00 paid = −300.00 → 300.00 to reclaim
        Settlement s = Settlement.of(new BigDecimal("5500.00"), new BigDecimal("5800.00"));

        assertThat(s.outcome()).isEqualTo(Settlement.Outcome.RECLAIM);
        assertThat(s.balance()).isEqualByComparingTo("-300.00");
        assertThat(s.toReclaim()).isEqualByComparingTo("300.00");
        assertThat(s.toPay()).isEqualByComparingTo("0.00");
    }

    @Test
    void paid_exactly_the_recomputed_grant_is_settled() {
        Settlement s = Settlement.of(new BigDecimal("5400.00"), new BigDecimal("5400"));

        assertThat(s.outcome()).isEqualTo(Settlement.Outcome.SETTLED);
        assertThat(s.toPay()).isEqualByComparingTo("0.00");
        assertThat(s.toReclaim()).isEqualByComparingTo("0.00");
    }

    @Test
    void one_cent_either_way_is_not_settled() {
        assertThat(Settlement.of(new BigDecimal("100.00"), new BigDecimal("99.99"))
                        .outcome())
                .isEqualTo(Settlement.Outcome.TO_PAY);
        assertThat(Settlement.of(new BigDecimal("99.99"), new BigDecimal("100.00"))
                        .outcome())
                .isEqualTo(Settlement.Outcome.RECLAIM);
    }
}
