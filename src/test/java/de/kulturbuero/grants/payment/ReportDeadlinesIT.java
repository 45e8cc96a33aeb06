package de.kulturbuero.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.review.AuditEntry;
import de.kulturbuero.grants.review.ReportFollowUps;
import de.kulturbuero.grants.review.ReviewActions;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The final report's deadlines in processes/grant-award.bpmn20.xml: three timers on the wait for
 * the report (a reminder 28 days before the due date, one on it, the clerk's follow-up the day
 * after), fired through the engine's management API.
 */
@IntegrationTest
class ReportDeadlinesIT {

    private PaymentFixture fixture;
    private TestUsers users;

    @BeforeEach
    void wire(ApplicationContext context) {
        fixture = new PaymentFixture(context);
        users = fixture.users();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_report_timers_lie_on_the_due_date_six_months_after_the_project_and_remind_the_recipient() {
        long id = fixture.readyForPayment("2000.00");
        LocalDate end =
                fixture.bean(GrantApplicationProcessing.class).summary(id).endDate();
        LocalDate due = end.plusMonths(6);

        Map<String, Instant> timers = fixture.awardTimers(id);
        assertThat(timers)
                .containsEntry(ProcessIds.TIMER_REPORT_REMINDER, morning(due.minusDays(28)))
                .containsEntry(ProcessIds.TIMER_REPORT_DUE, morning(due))
                .containsEntry(ProcessIds.TIMER_REPORT_OVERDUE, morning(due.plusDays(1)));

        fixture.fireAwardTimer(id, ProcessIds.TIMER_REPORT_REMINDER);
        fixture.fireAwardTimer(id, ProcessIds.TIMER_REPORT_DUE);

        assertThat(audit(id))
                .filteredOn(e -> e.action().equals("REPORT_REMINDED"))
                .extracting(AuditEntry::detail)
                .containsExactly("report-reminder", "report-due");
        assertThat(fixture.awardTimers(id))
                .as("the wait for the report goes on")
                .containsOnlyKeys(ProcessIds.TIMER_REPORT_OVERDUE);
    }

    @Test
    void an_overdue_report_goes_to_the_clerk_who_records_the_follow_up() {
        long id = fixture.readyForPayment("2000.00");
        fixture.fireAwardTimer(id, ProcessIds.TIMER_REPORT_OVERDUE);

        String task = fixture.task(id, ProcessIds.TASK_FOLLOW_UP_REPORT);
        ReportFollowUps followUps = fixture.bean(ReportFollowUps.class);
        assertThatThrownBy(() -> users.run(PaymentFixture.CLERK, () -> followUps.complete(task, " ")))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.report.error.note-missing"));
        assertThatThrownBy(() -> users.run(TestUsers.RITA, () -> followUps.complete(task, "Angerufen")))
                .isInstanceOf(AccessDeniedException.class);

        users.run(PaymentFixture.CLERK, () -> followUps.complete(task, "Angerufen: Bericht kommt bis Monatsende."));

        assertThat(audit(id))
                .filteredOn(e -> e.action().equals("REPORT_FOLLOWED_UP"))
                .extracting(AuditEntry::detail)
                .containsExactly("Angerufen: Bericht kommt bis Monatsende.");
        assertThatThrownBy(() -> fixture.task(id, ProcessIds.TASK_FOLLOW_UP_REPORT))
                .isInstanceOf(AssertionError.class);
    }

    private List<AuditEntry> audit(long id) {
        return users.as(
                PaymentFixture.CLERK,
                () -> fixture.bean(ReviewActions.class).caseFile(id).audit());
    }

    private static Instant morning(LocalDate day) {
        return day.atTime(LocalTime.of(8, 0)).atZone(Formats.ZONE).toInstant();
    }
}
