package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeForm;
import de.kulturbuero.grants.programme.ProgrammeFormCheckTest;
import de.kulturbuero.grants.reporting.ReportingService;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's "overdue tasks" against a fixture counted by hand, driven through the
 * process: overdue means flagged by Task_Escalate after an overdue timer fired, as in the inbox.
 * Two fresh programmes keep other tests' cases out of the counts. A task counts in its
 * application's year of submission (Europe/Berlin, as the dashboard's other figures).
 */
class OverdueTasksIT extends ReviewTestSupport {

    @Test
    void the_dashboard_counts_the_inbox_overdue_tasks_per_programme_and_year_of_submission() {
        int year = LocalDate.now(Formats.ZONE).getYear();
        long programmeA = freshProgramme("A");
        long programmeB = freshProgramme("B");

        // a1: formal check overdue → counts for A, this year
        long a1 = submit(programmeA, "Overdue formal check " + System.nanoTime(), "Poznań", "3000.00");
        fireTimer(a1, ProcessIds.TIMER_FORMAL_CHECK_OVERDUE);
        // a2: submitted 00:30 on 1 January in Berlin (still 31 December in UTC): this year; content review overdue →
        // counts
        long a2 = submit(programmeA, "Overdue content review " + System.nanoTime(), "Poznań", "3000.00");
        submittedAt(a2, (year - 1) + "-12-31T23:30:00Z");
        toContentReview(a2);
        fireTimer(a2, ProcessIds.TIMER_CONTENT_REVIEW_OVERDUE);
        // a3: open formal check, not overdue → does not count
        submit(programmeA, "On time " + System.nanoTime(), "Poznań", "3000.00");
        // a4: formal check overdue, then done: the overdue flag leaves with the task; the content review is on time →
        // does not count
        long a4 = submit(programmeA, "Late but done " + System.nanoTime(), "Poznań", "3000.00");
        fireTimer(a4, ProcessIds.TIMER_FORMAL_CHECK_OVERDUE);
        toContentReview(a4);
        // a5: submitted 23:30 on 31 December in Berlin: last year; content review overdue → counts for last year only
        long a5 = submit(programmeA, "Last year's case " + System.nanoTime(), "Poznań", "3000.00");
        submittedAt(a5, (year - 1) + "-12-31T22:30:00Z");
        toContentReview(a5);
        fireTimer(a5, ProcessIds.TIMER_CONTENT_REVIEW_OVERDUE);
        // b1: overdue in programme B → counts for B only
        long b1 = submit(programmeB, "Overdue elsewhere " + System.nanoTime(), "Poznań", "3000.00");
        fireTimer(b1, ProcessIds.TIMER_FORMAL_CHECK_OVERDUE);

        OverdueTasks overdue = context.getBean(OverdueTasks.class);
        ReportingService reporting = context.getBean(ReportingService.class);
        as(SignedIn.HANNA);
        assertThat(overdue.count(programmeA, year)).isEqualTo(2);
        assertThat(overdue.count(programmeA, year - 1)).isEqualTo(1);
        assertThat(overdue.count(programmeB, year)).isEqualTo(1);
        assertThat(overdue.count(programmeB, year - 1)).isZero();
        assertThat(reporting.figures(programmeA, year).overdueTasks()).isEqualTo(2);
        assertThat(reporting.dashboard(year))
                .filteredOn(f -> f.programme().id() == programmeB)
                .singleElement()
                .extracting(f -> f.overdueTasks())
                .isEqualTo(1L);
        // the same tasks HEAD finds in the inbox's overdue tab behind the dashboard's link
        assertThat(reviews.inbox(InboxQuery.overdue(programmeA, year), 0, 50))
                .extracting(InboxItem::applicationId)
                .containsExactlyInAnyOrder(a1, a2);
        assertThat(reviews.inboxCounts(InboxQuery.overdue(programmeA, year))).containsEntry(InboxQuery.Tab.OVERDUE, 2L);

        as(SignedIn.ADAM);
        assertThat(reporting.figures(programmeA, year).overdueTasks())
                .as("ADMIN sees the office-wide figure too")
                .isEqualTo(2);
        assertThat(reporting.figures(programmeA, year - 1).overdueTasks()).isEqualTo(1);
    }

    @Test
    void applicants_and_officers_other_than_head_do_not_read_the_figure() {
        OverdueTasks overdue = context.getBean(OverdueTasks.class);
        long programme = programmeId(PROGRAMME_NS);
        int year = LocalDate.now(Formats.ZONE).getYear();
        for (String user : new String[] {SignedIn.ANNA, SignedIn.CLARA, "rita@example.org"}) {
            as(user);
            assertThatThrownBy(() -> overdue.count(programme, year)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    private long freshProgramme(String name) {
        as(SignedIn.ADAM);
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix(SignedIn.randomPrefix());
        form.setNameDe("Überfällig " + name + " " + form.getReferencePrefix());
        form.setNameEn("Overdue " + name + " " + form.getReferencePrefix());
        return context.getBean(ProgrammeAdministration.class).save(form);
    }

    /** Moves the submission (before the next task starts, which copies it into the inbox read model). */
    private void submittedAt(long applicationId, String instant) {
        jdbc.sql("UPDATE grant_application SET submitted_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.parse(instant)), applicationId)
                .update();
    }

    /** Clara completes the formal check: the case waits for the content review (a new task, not overdue). */
    private void toContentReview(long applicationId) {
        as(SignedIn.CLARA);
        reviews.completeFormalCheck(
                openTaskId(applicationId, ProcessIds.TASK_FORMAL_CHECK),
                FormalCheckOutcome.COMPLETE,
                null,
                null,
                false);
        openTaskId(applicationId, ProcessIds.TASK_CONTENT_REVIEW);
    }
}
