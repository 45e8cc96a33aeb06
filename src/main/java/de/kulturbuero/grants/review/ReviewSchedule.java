package de.kulturbuero.grants.review;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the review, from application properties. Called from
 * BPMN process 'grant-application' as {@code ${reviewSchedule...}} in the timer definitions, so
 * the durations are configuration, not constants in the XML.
 */
@Component("reviewSchedule")
public class ReviewSchedule {

    private final int replyDeadlineDays;
    private final int reminderDaysBefore;
    private final int overdueDays;

    ReviewSchedule(
            @Value("${grants.review.reply-deadline-days:21}") int replyDeadlineDays,
            @Value("${grants.review.reminder-days-before:7}") int reminderDaysBefore,
            @Value("${grants.review.overdue-days:10}") int overdueDays) {
        if (replyDeadlineDays < 1
                || overdueDays < 1
                || reminderDaysBefore < 0
                || reminderDaysBefore >= replyDeadlineDays) {
            throw new IllegalStateException("grants.review.*: need reply-deadline-days >= 1, overdue-days >= 1 and "
                    + "0 <= reminder-days-before < reply-deadline-days");
        }
        this.replyDeadlineDays = replyDeadlineDays;
        this.reminderDaysBefore = reminderDaysBefore;
        this.overdueDays = overdueDays;
    }

    /** Timer_ReplyOverdue: ISO-8601 duration after which an unanswered question goes back to the clerk. */
    public String replyDeadline() {
        return "P" + replyDeadlineDays + "D";
    }

    /** Timer_ReplyReminder: the reminder goes out this long after the question (deadline minus reminder days). */
    public String reminderAfter() {
        return "P" + (replyDeadlineDays - reminderDaysBefore) + "D";
    }

    /** Timer_*Overdue: a task is overdue after this long. */
    public String overdueAfter() {
        return "P" + overdueDays + "D";
    }

    public Instant replyDueAt(Instant askedAt) {
        return askedAt.plus(Duration.ofDays(replyDeadlineDays));
    }
}
