package de.kulturbuero.grants.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void the_next_working_day_after_a_weekday_is_the_next_weekday() {
        assertThat(WorkingDays.next(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void friday_and_the_weekend_lead_to_monday() {
        assertThat(WorkingDays.next(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(WorkingDays.next(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(WorkingDays.next(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void target2_closing_days_are_skipped() {
        // Thursday 24 December 2026: Christmas Day and Boxing Day are closed, then the weekend
        assertThat(WorkingDays.next(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(WorkingDays.next(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(WorkingDays.next(LocalDate.of(2027, 4, 30))).isEqualTo(LocalDate.of(2027, 5, 3));
    }

    @Test
    void easter_is_computed_and_good_friday_and_easter_monday_are_closed() {
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.easterSunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
        // Thursday before Easter 2026 → Tuesday after Easter
        assertThat(WorkingDays.next(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 7));
    }
}
