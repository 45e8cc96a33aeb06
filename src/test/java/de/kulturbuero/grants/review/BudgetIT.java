package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeForm;
import de.kulturbuero.grants.programme.ProgrammeFormCheckTest;
import de.kulturbuero.grants.reporting.ProgrammeFigures;
import de.kulturbuero.grants.reporting.ReportingService;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The budget check at the decision: approvals count against the programme's annual budget of the
 * year of the decision, also when two come at once, and with the same "committed" the head's
 * dashboard shows. Each test has a programme of its own, so no other test's approvals count.
 */
class BudgetIT extends ReviewTestSupport {

    /** A fresh programme (maximum grant and decision threshold 5,000: the REVIEWER decides) with these budgets. */
    private long freshProgramme(String budgetThisYear, ProgrammeForm.BudgetLine... otherYears) {
        as(SignedIn.ADAM);
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix(SignedIn.randomPrefix());
        form.setNameDe("Budgettest " + form.getReferencePrefix());
        form.setNameEn("Budget test " + form.getReferencePrefix());
        form.getBudgets().add(new ProgrammeForm.BudgetLine(thisYear(), new BigDecimal(budgetThisYear)));
        form.getBudgets().addAll(List.of(otherYears));
        return context.getBean(ProgrammeAdministration.class).save(form);
    }

    private static int thisYear() {
        return LocalDate.now(Formats.ZONE).getYear();
    }

    /** Anna applies for {@code amount}; formal check and content review (proposing it) done: the REVIEWER decides. */
    private long atDecision(long programme, String amount) {
        long id = submit(programme, "Budget " + System.nanoTime(), "Poznań", amount);
        toDecision(id, amount);
        return id;
    }

    @Test
    void the_decision_shows_the_budget_and_an_approval_beyond_it_is_refused() {
        long programme = freshProgramme("5000.00");
        long first = atDecision(programme, "3000.00");
        long second = atDecision(programme, "2500.00");
        as("rolf@example.org");
        TaskDetails details = reviews.task(openTaskId(first, ProcessIds.TASK_DECISION_REVIEWER));
        assertThat(details.budget().annualBudget()).isEqualByComparingTo("5000.00");
        assertThat(details.budget().committed()).isEqualByComparingTo("0");
        assertThat(details.budget().year()).isEqualTo(thisYear());
        reviews.decide(
                openTaskId(first, ProcessIds.TASK_DECISION_REVIEWER), true, new BigDecimal("3000.00"), null, null);

        String task = openTaskId(second, ProcessIds.TASK_DECISION_REVIEWER);
        assertThat(reviews.task(task).budget().remaining()).isEqualByComparingTo("2000.00");
        assertThatThrownBy(() -> reviews.decide(task, true, new BigDecimal("2500.00"), null, null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.budget-exceeded");
        assertThat(status(second)).isEqualTo(ApplicationStatus.DECISION);
        reviews.decide(task, true, new BigDecimal("2000.00"), "Reduced to the remaining budget.", null);
        assertThat(reviews.budget(programme).remaining()).isEqualByComparingTo("0");
    }

    @Test
    void an_approved_grant_stays_committed_when_a_later_phase_moves_its_status_on() {
        long programme = freshProgramme("5000.00");
        long id = atDecision(programme, "3000.00");
        as("rolf@example.org");
        reviews.decide(openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER), true, new BigDecimal("3000.00"), null, null);
        assertThat(reviews.budget(programme).committed()).isEqualByComparingTo("3000.00");
        // payment, final report and closing will set statuses of their own: the grant must not drop out of the budget
        jdbc.sql("UPDATE grant_application SET status = 'DECISION' WHERE id = ?")
                .param(id)
                .update();
        try {
            assertThat(reviews.budget(programme).committed()).isEqualByComparingTo("3000.00");
            assertThat(dashboard(programme, thisYear()).committed()).isEqualByComparingTo("3000.00");
        } finally {
            jdbc.sql("UPDATE grant_application SET status = 'APPROVED' WHERE id = ?")
                    .param(id)
                    .update();
        }
    }

    @Test
    void two_approvals_at_once_cannot_overspend_the_budget() throws Exception {
        long programme = freshProgramme("6000.00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long first = atDecision(programme, "4000.00");
            long second = atDecision(programme, "4000.00");
            String firstTask = openTaskId(first, ProcessIds.TASK_DECISION_REVIEWER);
            String secondTask = openTaskId(second, ProcessIds.TASK_DECISION_REVIEWER);
            CountDownLatch start = new CountDownLatch(1);
            Future<String> a = pool.submit(approve(firstTask, start));
            Future<String> b = pool.submit(approve(secondTask, start));
            start.countDown();
            List<String> results = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
            assertThat(results).containsExactlyInAnyOrder("approved", "review.error.budget-exceeded");
            as("rolf@example.org");
            assertThat(reviews.budget(programme).committed()).isEqualByComparingTo("4000.00");
            assertThat(List.of(status(first), status(second)))
                    .containsExactlyInAnyOrder(ApplicationStatus.APPROVED, ApplicationStatus.DECISION);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The product has no path that changes an approval afterwards (withdrawal ends before the
     * decision; no correction or reclaim exists yet), so this checks the one definition against a
     * fixture computed by hand: approvals across two years, written straight into the table like
     * data from before this version or from a correction. Years are calendar years in Berlin:
     * 23:30Z on New Year's Eve is already the new year there.
     */
    @Test
    void the_decision_and_the_dashboard_count_the_same_approvals_of_the_year_of_the_decision() {
        int y = thisYear();
        int last = y - 1;
        long programme = freshProgramme("9000.00", new ProgrammeForm.BudgetLine(last, new BigDecimal("8000.00")));
        long anna = ((PortalUser) users.loadUserByUsername(SignedIn.ANNA)).accountId();
        // F1: submitted last year, approved 3,000 this year: counts this year
        long f1 = fixture(programme, anna, "APPROVED", last + "-11-20T10:00:00Z", "3000.00", y + "-01-02T10:00:00Z");
        // F2: approved 2,000 last year
        fixture(programme, anna, "APPROVED", last + "-03-01T10:00:00Z", "2000.00", last + "-04-01T10:00:00Z");
        // F3: approved 1,500 at 00:30 in Berlin on New Year's Day: this year
        fixture(programme, anna, "APPROVED", last + "-12-01T10:00:00Z", "1500.00", last + "-12-31T23:30:00Z");
        // F4: approved 1,000 at 23:30 in Berlin on New Year's Eve: last year
        fixture(programme, anna, "APPROVED", last + "-12-01T10:00:00Z", "1000.00", last + "-12-31T22:30:00Z");
        // F5: rejected this year; F6: not decided yet
        fixture(programme, anna, "REJECTED", y + "-01-01T10:00:00Z", null, y + "-01-02T10:00:00Z");
        fixture(programme, anna, "CONTENT_REVIEW", y + "-01-01T10:00:00Z", null, null);
        // this year: 3,000 + 1,500 of 9,000; last year: 2,000 + 1,000 of 8,000

        long application = atDecision(programme, "5000.00");
        as("rolf@example.org");
        String task = openTaskId(application, ProcessIds.TASK_DECISION_REVIEWER);
        BudgetSituation atDecision = reviews.task(task).budget();
        assertThat(atDecision.year()).isEqualTo(y);
        assertThat(atDecision.annualBudget()).isEqualByComparingTo("9000.00");
        assertThat(atDecision.committed()).isEqualByComparingTo("4500.00");
        assertThat(atDecision.remaining()).isEqualByComparingTo("4500.00");
        assertSameOnDashboard(programme, y, atDecision);
        ProgrammeFigures lastYear = dashboard(programme, last);
        assertThat(lastYear.committed()).isEqualByComparingTo("3000.00");
        assertThat(lastYear.remaining()).isEqualByComparingTo("5000.00");

        // the check refuses what the decision page and the dashboard say does not fit ...
        assertThatThrownBy(() -> reviews.decide(task, true, new BigDecimal("5000.00"), null, null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.budget-exceeded");
        assertThat(status(application)).isEqualTo(ApplicationStatus.DECISION);
        // ... and takes exactly the remainder, which then shows as committed in both places
        reviews.decide(task, true, new BigDecimal("4500.00"), "Reduced to the remaining budget.", null);
        BudgetSituation after = reviews.budget(programme);
        assertThat(after.committed()).isEqualByComparingTo("9000.00");
        assertThat(after.remaining()).isEqualByComparingTo("0");
        assertSameOnDashboard(programme, y, after);
        assertThat(dashboard(programme, last).committed())
                .as("last year unchanged")
                .isEqualByComparingTo("3000.00");

        // an approved amount changed afterwards (no product path yet: straight in the table) changes both at once
        jdbc.sql("UPDATE grant_application SET granted_amount = 2000.00 WHERE id = ?")
                .param(f1)
                .update();
        as("rolf@example.org");
        BudgetSituation corrected = reviews.budget(programme);
        assertThat(corrected.committed()).isEqualByComparingTo("8000.00");
        assertThat(corrected.remaining()).isEqualByComparingTo("1000.00");
        assertSameOnDashboard(programme, y, corrected);
    }

    private ProgrammeFigures dashboard(long programme, int year) {
        return SignedIn.as(
                users,
                SignedIn.HANNA,
                () -> context.getBean(ReportingService.class).figures(programme, year));
    }

    private void assertSameOnDashboard(long programme, int year, BudgetSituation atDecision) {
        ProgrammeFigures figures = dashboard(programme, year);
        assertThat(figures.budget()).isEqualByComparingTo(atDecision.annualBudget());
        assertThat(figures.committed()).isEqualByComparingTo(atDecision.committed());
        assertThat(figures.remaining()).isEqualByComparingTo(atDecision.remaining());
    }

    /** A submitted application written straight into the table; {@code granted}/{@code decided} null when none. */
    private long fixture(
            long programme, long applicant, String status, String submitted, String granted, String decided) {
        Timestamp submittedAt = Timestamp.from(Instant.parse(submitted));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO grant_application (applicant_id, programme_id, partner_city_id, status, status_changed_at,
                  reference_number, title, summary, partner_organisation, start_date, end_date, requested_amount, submitted_at,
                  granted_amount, decided_at, decision_reason, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 'Budget fixture', 'Summary of the fixture', 'Partner organisation of the fixture',
                  '2026-06-01', '2026-06-10', 5000.00, ?, ?, ?, NULL, ?, ?, 0)""")
                .params(
                        applicant,
                        programme,
                        cityId("Poznań"),
                        status,
                        submittedAt,
                        "BX-" + UUID.randomUUID().toString().substring(0, 20),
                        submittedAt,
                        granted == null ? null : new BigDecimal(granted),
                        decided == null ? null : Timestamp.from(Instant.parse(decided)),
                        submittedAt,
                        submittedAt)
                .update(key);
        return key.getKey().longValue();
    }

    private Callable<String> approve(String task, CountDownLatch start) {
        return () -> {
            as("rolf@example.org");
            start.await();
            try {
                reviews.decide(task, true, new BigDecimal("4000.00"), null, null);
                return "approved";
            } catch (ReviewRefused refused) {
                return refused.messageKey();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }
}
