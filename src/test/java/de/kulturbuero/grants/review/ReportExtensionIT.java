package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.finalreport.FinalReportRefused;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.ReportExtension;
import de.kulturbuero.grants.finalreport.ReportExtensionProcessing;
import de.kulturbuero.grants.finalreport.ReportExtensions;
import de.kulturbuero.grants.finalreport.ReportProblem;
import de.kulturbuero.grants.grantapplication.ApplicationTimeline;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.grantapplication.TimelineEvent;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.HistoryEntry;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * More time for the final report through the portal's own classes: the recipient asks on the
 * report page's service, the award process opens Task_DecideExtension beside the wait, the clerk
 * grants (the due date moves, and with it the three report timers, read through the engine's job
 * query) or refuses; an overdue follow-up ends as obsolete; the rules of a request are refused
 * with their messages. The projects of {@link PaymentFixture} end six months before the due date.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReportExtensionIT {

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
    void a_granted_extension_becomes_the_due_date_and_moves_the_three_timers(CapturedOutput output) {
        long id = fixture.readyForPayment("2000.00");
        LocalDate due = ruleDue(id);
        assertThat(dueOnPage(id)).isEqualTo(due);

        ReportExtension asked = request(id, due.plusMonths(2), "Die Partnerorganisation liefert die Belege später.");
        assertThat(asked.status()).isEqualTo(ReportExtension.Status.OPEN);
        assertThat(asked.previousDueDate()).isEqualTo(due);
        String task = fixture.task(id, ProcessIds.TASK_DECIDE_EXTENSION);
        ReportExtensionDecisions decisions = fixture.bean(ReportExtensionDecisions.class);
        assertThat(users.as(PaymentFixture.CLERK, () -> decisions.pending(task))
                        .request()
                        .reason())
                .isEqualTo("Die Partnerorganisation liefert die Belege später.");
        assertThatThrownBy(() -> users.run(TestUsers.RITA, () -> decisions.grant(task, due.plusMonths(1))))
                .isInstanceOf(AccessDeniedException.class);

        // the clerk grants one month, not the two asked for
        LocalDate granted = due.plusMonths(1);
        users.run(PaymentFixture.CLERK, () -> decisions.grant(task, granted));
        fixture.runJobs(id);

        assertThat(extensions(id)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ReportExtension.Status.GRANTED);
            assertThat(e.requestedDate()).isEqualTo(due.plusMonths(2));
            assertThat(e.grantedDate()).isEqualTo(granted);
            assertThat(e.decidedBy()).isNotNull();
            assertThat(e.decidedAt()).isNotNull();
        });
        assertThat(dueOnPage(id)).isEqualTo(granted);
        assertThat(fixture.awardTimers(id))
                .containsOnly(
                        Map.entry(ProcessIds.TIMER_REPORT_REMINDER, morning(granted.minusDays(28))),
                        Map.entry(ProcessIds.TIMER_REPORT_DUE, morning(granted)),
                        Map.entry(ProcessIds.TIMER_REPORT_OVERDUE, morning(granted.plusDays(1))));
        assertThat(audit(id))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "REPORT_EXTENSION_REQUESTED", due.plusMonths(2).toString()),
                        org.assertj.core.groups.Tuple.tuple("REPORT_EXTENSION_GRANTED", granted.toString()));
        assertThat(history(id))
                .extracting(HistoryEntry::step)
                .contains(ProcessIds.TASK_DECIDE_EXTENSION, ProcessIds.END_EXTENSION_GRANTED);
        assertThat(timeline(id))
                .extracting(TimelineEvent::labelKey)
                .contains("finalreport.timeline.extension-requested", "finalreport.timeline.extension-granted");
        String reference =
                fixture.bean(GrantApplicationProcessing.class).summary(id).referenceNumber();
        // the mail's subject (its text stays out of the log)
        assertThat(output.getAll())
                .containsAnyOf(
                        "Fristverlängerung für Ihren Verwendungsnachweis: " + reference,
                        "More time for your final report: " + reference);
    }

    @Test
    void a_refused_extension_leaves_the_due_date_and_the_timers_and_tells_the_reason(CapturedOutput output) {
        long id = fixture.readyForPayment("2000.00");
        LocalDate due = ruleDue(id);
        Map<String, Instant> before = fixture.awardTimers(id);
        request(id, due.plusMonths(1), "Krankheit im Team");
        String task = fixture.task(id, ProcessIds.TASK_DECIDE_EXTENSION);
        ReportExtensionDecisions decisions = fixture.bean(ReportExtensionDecisions.class);

        assertThat(problem(() -> users.run(PaymentFixture.CLERK, () -> decisions.refuse(task, "  "))))
                .isEqualTo("finalreport.extension.error.refusal-missing");
        users.run(PaymentFixture.CLERK, () -> decisions.refuse(task, "Die Frist war schon großzügig bemessen."));
        fixture.runJobs(id);

        assertThat(extensions(id)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ReportExtension.Status.REFUSED);
            assertThat(e.refusalReason()).isEqualTo("Die Frist war schon großzügig bemessen.");
            assertThat(e.grantedDate()).isNull();
        });
        assertThat(dueOnPage(id)).isEqualTo(due);
        assertThat(fixture.awardTimers(id)).isEqualTo(before);
        assertThat(history(id)).extracting(HistoryEntry::step).contains(ProcessIds.END_EXTENSION_REFUSED);
        assertThat(audit(id)).extracting(AuditEntry::action).contains("REPORT_EXTENSION_REFUSED");
        String reference =
                fixture.bean(GrantApplicationProcessing.class).summary(id).referenceNumber();
        assertThat(output.getAll())
                .containsAnyOf(
                        "Ihr Antrag auf Fristverlängerung: " + reference, "Your request for more time: " + reference);
        // the request is decided: the recipient may ask again
        assertThat(users.as(
                                PaymentFixture.APPLICANT,
                                () -> fixture.bean(ReportExtensions.class).overview(id))
                        .mayRequest())
                .isTrue();
    }

    @Test
    void a_grant_after_the_report_became_overdue_ends_the_clerks_follow_up_as_obsolete() {
        long id = fixture.readyForPayment("2000.00");
        LocalDate due = ruleDue(id);
        fixture.fireAwardTimer(id, ProcessIds.TIMER_REPORT_OVERDUE);
        fixture.task(id, ProcessIds.TASK_FOLLOW_UP_REPORT);
        assertThat(fixture.awardTimers(id)).doesNotContainKey(ProcessIds.TIMER_REPORT_OVERDUE);

        request(id, due.plusMonths(3), "Die Abrechnung des Partners fehlt noch.");
        String task = fixture.task(id, ProcessIds.TASK_DECIDE_EXTENSION);
        users.run(
                PaymentFixture.CLERK,
                () -> fixture.bean(ReportExtensionDecisions.class).grant(task, due.plusMonths(3)));

        assertThatThrownBy(() -> fixture.task(id, ProcessIds.TASK_FOLLOW_UP_REPORT))
                .as("the follow-up is gone")
                .isInstanceOf(AssertionError.class);
        assertThat(audit(id)).extracting(AuditEntry::action).contains("REPORT_FOLLOW_UP_OBSOLETE");
        assertThat(fixture.awardTimers(id))
                .as("all three timers again, from the new date")
                .containsOnly(
                        Map.entry(
                                ProcessIds.TIMER_REPORT_REMINDER,
                                morning(due.plusMonths(3).minusDays(28))),
                        Map.entry(ProcessIds.TIMER_REPORT_DUE, morning(due.plusMonths(3))),
                        Map.entry(
                                ProcessIds.TIMER_REPORT_OVERDUE,
                                morning(due.plusMonths(3).plusDays(1))));
    }

    @Test
    void a_second_request_while_one_is_open_is_refused() {
        long id = fixture.readyForPayment("2000.00");
        LocalDate due = ruleDue(id);
        request(id, due.plusMonths(1), "Erster Antrag");

        assertThat(problem(() -> request(id, due.plusMonths(2), "Zweiter Antrag")))
                .isEqualTo("finalreport.extension.error.open");
        assertThat(extensions(id)).hasSize(1);
        fixture.task(id, ProcessIds.TASK_DECIDE_EXTENSION);
    }

    @Test
    void a_date_not_after_the_due_date_or_too_late_and_a_missing_reason_are_refused_and_nothing_is_stored() {
        long id = fixture.readyForPayment("2000.00");
        LocalDate due = ruleDue(id);

        assertThat(problem(() -> request(id, due.minusDays(1), "Zu früh")))
                .isEqualTo("finalreport.extension.error.date-not-after");
        assertThat(problem(() -> request(id, due, "Gleich"))).isEqualTo("finalreport.extension.error.date-not-after");
        assertThat(problem(() -> request(id, due.plusMonths(6).plusDays(1), "Zu spät")))
                .isEqualTo("finalreport.extension.error.date-too-late");
        assertThat(problem(() -> request(id, due.plusMonths(1), " ")))
                .isEqualTo("finalreport.extension.error.reason-missing");
        assertThat(problem(() -> request(id, due.plusMonths(1), "x".repeat(1001))))
                .isEqualTo("finalreport.extension.error.reason-too-long");
        assertThat(extensions(id)).isEmpty();
        assertThatThrownBy(() -> fixture.task(id, ProcessIds.TASK_DECIDE_EXTENSION))
                .isInstanceOf(AssertionError.class);

        // the clerk may choose another date, but not one before the current due date
        request(id, due.plusMonths(6), "Sechs Monate");
        String task = fixture.task(id, ProcessIds.TASK_DECIDE_EXTENSION);
        ReportExtensionDecisions decisions = fixture.bean(ReportExtensionDecisions.class);
        assertThat(problem(() -> users.run(PaymentFixture.CLERK, () -> decisions.grant(task, due.minusDays(1)))))
                .isEqualTo("finalreport.extension.error.grant-before-due");
        assertThat(dueOnPage(id)).isEqualTo(due);
    }

    @Test
    void before_the_notice_is_final_the_award_does_not_wait_for_the_report_and_the_request_is_refused() {
        long id = fixture.approved("2000.00");
        users.run(
                PaymentFixture.APPLICANT, () -> fixture.bean(FinalReports.class).open(id));

        assertThat(problem(() -> request(id, ruleDue(id).plusMonths(1), "Früh gefragt")))
                .isEqualTo("finalreport.extension.error.not-waiting");
        assertThat(extensions(id)).as("rolled back with the refusal").isEmpty();
    }

    private ReportExtension request(long id, LocalDate wished, String reason) {
        return users.as(PaymentFixture.APPLICANT, () -> {
            fixture.bean(FinalReports.class).open(id);
            return fixture.bean(ReportExtensions.class).request(id, wished, reason);
        });
    }

    private static String problem(Runnable action) {
        try {
            action.run();
        } catch (FinalReportRefused refused) {
            return refused.problems().stream()
                    .map(ReportProblem::messageKey)
                    .findFirst()
                    .orElseThrow();
        }
        throw new AssertionError("not refused");
    }

    private LocalDate ruleDue(long id) {
        return fixture.bean(GrantApplicationProcessing.class)
                .summary(id)
                .endDate()
                .plusMonths(6);
    }

    private LocalDate dueOnPage(long id) {
        return users.as(
                PaymentFixture.APPLICANT, () -> fixture.bean(FinalReports.class).dueDate(id));
    }

    private List<ReportExtension> extensions(long id) {
        return fixture.bean(ReportExtensionProcessing.class).all(id);
    }

    private List<HistoryEntry> history(long id) {
        return fixture.bean(GrantReviewProcess.class).history(id);
    }

    private List<TimelineEvent> timeline(long id) {
        return users.as(
                PaymentFixture.APPLICANT,
                () -> fixture.bean(ApplicationTimeline.class).events(id));
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
