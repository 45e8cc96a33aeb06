package de.kulturbuero.grants.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgrammeWindowTest {

    private static ProgrammeSummary window(LocalDate start, LocalDate end) {
        return new ProgrammeSummary(
                1,
                "x",
                "X",
                "X",
                null,
                null,
                FinancingType.DEFICIT,
                new BigDecimal("5000"),
                new BigDecimal("5000"),
                "IK",
                start,
                end,
                6);
    }

    @Test
    void an_open_ended_programme_is_always_open() {
        assertThat(window(null, null).isOpenOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void the_first_and_last_day_of_the_window_are_inside() {
        ProgrammeSummary p = window(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(p.isOpenOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(p.isOpenOn(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(p.isOpenOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(p.isOpenOn(LocalDate.of(2026, 4, 1))).isFalse();
    }
}
