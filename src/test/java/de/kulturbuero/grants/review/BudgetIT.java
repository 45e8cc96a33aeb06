package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.review.process.ProcessIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget check at the decision: approvals count against the programme's annual budget, also when two come at once. */
class BudgetIT extends ReviewTestSupport {

    private static final String YOUTH = "youth-exchange";

    @AfterEach
    void restoreBudget() {
        jdbc.sql("UPDATE funding_programme SET annual_budget = 40000.00 WHERE code = ?").param(YOUTH).update();
    }

    private void setBudget(String amount) {
        long programme = programmeId(YOUTH);
        // the programme's default budget, and no budget of its own for this year (which would win)
        jdbc.sql("UPDATE funding_programme SET annual_budget = ? WHERE id = ?").params(new BigDecimal(amount), programme).update();
        jdbc.sql("DELETE FROM programme_budget WHERE programme_id = ?").param(programme).update();
        jdbc.sql("DELETE FROM budget_commitment WHERE programme_id = ?").param(programme).update();
    }

    private long toYouthDecision(String amount) {
        long id = submit(YOUTH, "Jugendaustausch " + System.nanoTime(), "Bristol", amount);
        toDecision(id, amount);
        return id;
    }

    @Test
    void the_decision_shows_the_budget_and_an_approval_beyond_it_is_refused() {
        setBudget("5000.00");
        long first = toYouthDecision("3000.00");
        long second = toYouthDecision("2500.00");
        as("rolf@example.org");
        TaskDetails details = reviews.task(openTaskId(first, ProcessIds.TASK_DECISION_REVIEWER));
        assertThat(details.budget().annualBudget()).isEqualByComparingTo("5000.00");
        assertThat(details.budget().committed()).isEqualByComparingTo("0");
        assertThat(details.budget().year()).isEqualTo(LocalDate.now().getYear());
        reviews.decide(openTaskId(first, ProcessIds.TASK_DECISION_REVIEWER), true, new BigDecimal("3000.00"), null, null);

        String task = openTaskId(second, ProcessIds.TASK_DECISION_REVIEWER);
        assertThat(reviews.task(task).budget().remaining()).isEqualByComparingTo("2000.00");
        assertThatThrownBy(() -> reviews.decide(task, true, new BigDecimal("2500.00"), null, null))
                .isInstanceOf(ReviewRefused.class).hasMessage("review.error.budget-exceeded");
        assertThat(status(second)).isEqualTo(ApplicationStatus.DECISION);
        reviews.decide(task, true, new BigDecimal("2000.00"), "Reduced to the remaining budget.", null);
        assertThat(reviews.budget(programmeId(YOUTH)).remaining()).isEqualByComparingTo("0");
    }

    @Test
    void two_approvals_at_once_cannot_overspend_the_budget() throws Exception {
        setBudget("6000.00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long first = toYouthDecision("4000.00");
            long second = toYouthDecision("4000.00");
            String firstTask = openTaskId(first, ProcessIds.TASK_DECISION_REVIEWER);
            String secondTask = openTaskId(second, ProcessIds.TASK_DECISION_REVIEWER);
            CountDownLatch start = new CountDownLatch(1);
            Future<String> a = pool.submit(approve(firstTask, start));
            Future<String> b = pool.submit(approve(secondTask, start));
            start.countDown();
            List<String> results = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
            assertThat(results).containsExactlyInAnyOrder("approved", "review.error.budget-exceeded");
            assertThat(reviews.budget(programmeId(YOUTH)).committed()).isEqualByComparingTo("4000.00");
            assertThat(List.of(status(first), status(second))).containsExactlyInAnyOrder(ApplicationStatus.APPROVED, ApplicationStatus.DECISION);
        } finally {
            pool.shutdownNow();
        }
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
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        };
    }
}
