package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    @Test
    void the_defaults_of_domain_md_give_a_reminder_after_14_days_and_the_deadline_after_21() {
        ReviewSchedule schedule = new ReviewSchedule(21, 7, 10);
        assertThat(schedule.reminderAfter()).isEqualTo("P14D");
        assertThat(schedule.replyDeadline()).isEqualTo("P21D");
        assertThat(schedule.overdueAfter()).isEqualTo("P10D");
    }

    @Test
    void a_reminder_at_or_after_the_deadline_is_refused_at_start() {
        assertThatThrownBy(() -> new ReviewSchedule(7, 7, 10)).isInstanceOf(IllegalStateException.class);
    }
}
