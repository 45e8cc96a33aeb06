package de.kulturbuero.grants.security;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.BEN;
import static de.kulturbuero.grants.TestUsers.CLARA;
import static de.kulturbuero.grants.TestUsers.RITA;
import static de.kulturbuero.grants.TestUsers.ROLF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.review.ContentReviewSummary;
import de.kulturbuero.grants.review.FormalCheckOutcome;
import de.kulturbuero.grants.review.ReviewActions;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.ReviewStep;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Who may do what, checked at the service boundary (the views rely on it): roles on the
 * services, applicants confined to their own applications, the candidate groups of the tasks
 * (which Flowable itself does not check), the four-eyes rule and single ownership of a task.
 */
@IntegrationTest
class AccessControlIT {

    /** A second clerk, for two officers reaching for one task. */
    private static final String CARL = "carl.clerk.it@example.org";
    /** Holds both officer roles of the review, so only the four-eyes rule keeps them from deciding their own check. */
    @Autowired
    TestUsers users;

    @Autowired
    TestApplications testApplications;

    @Autowired
    GrantApplicationService applications;

    @Autowired
    ReviewActions reviews;

    @Autowired
    GrantReviewProcess process;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    @WithUserDetails(ANNA)
    void applicant_cannot_open_the_officers_inbox() {
        assertThatThrownBy(() -> reviews.inbox()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void applicant_cannot_read_another_applicants_application_or_its_history() {
        ApplicationSummary annas = testApplications.submitAs(ANNA, TestApplications.uniqueTitle("Anna's own"));

        users.signIn(BEN);
        assertThatThrownBy(() -> applications.get(annas.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.history(annas.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(applications.myApplications())
                .extracting(ApplicationSummary::id)
                .doesNotContain(annas.id());

        users.signIn(ANNA);
        assertThat(applications.get(annas.id()).title()).isEqualTo(annas.title());
    }

    @Test
    void applicant_cannot_claim_or_complete_a_review_task() {
        ApplicationSummary annas =
                testApplications.submitAs(ANNA, TestApplications.uniqueTitle("Applicant acts on task"));
        String taskId = openTask(annas.id(), ProcessIds.TASK_FORMAL_CHECK).taskId();

        users.signIn(ANNA);
        assertThatThrownBy(() -> reviews.claim(taskId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.completeFormalCheck(taskId, FormalCheckOutcome.COMPLETE, null, null, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void clerk_cannot_take_the_decision_of_the_head() {
        // above the programme's threshold (5,000 €) the head decides
        ApplicationSummary submitted = testApplications.submitAs(
                ANNA, TestApplications.uniqueTitle("Clerk decides"), new BigDecimal("8000.00"));
        toDecision(submitted.id(), "7000.00");
        String decision =
                openTask(submitted.id(), ProcessIds.TASK_DECISION_HEAD).taskId();

        users.signIn(CLARA);
        assertThatThrownBy(() -> reviews.decide(decision, true, new BigDecimal("100.00"), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.claim(decision)).isInstanceOf(AccessDeniedException.class);

        assertThat(openTask(submitted.id(), ProcessIds.TASK_DECISION_HEAD).assignee())
                .isNull();
        assertThat(users.as(ANNA, () -> applications.get(submitted.id())).status())
                .isEqualTo(ApplicationStatus.DECISION);
    }

    @Test
    void reviewer_who_did_the_content_review_cannot_decide_the_same_case() {
        ApplicationSummary submitted = testApplications.submitAs(ANNA, TestApplications.uniqueTitle("Four eyes"));
        toDecision(submitted.id(), "3000.00");
        String decision =
                openTask(submitted.id(), ProcessIds.TASK_DECISION_REVIEWER).taskId();

        users.signIn(RITA);
        assertThatThrownBy(() -> reviews.decide(decision, true, new BigDecimal("3000.00"), null, null))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.error.four-eyes-reviewer"));
        assertThat(openTask(submitted.id(), ProcessIds.TASK_DECISION_REVIEWER).assignee())
                .as("the refused decision leaves the task free for another reviewer")
                .isNull();

        users.signIn(ROLF);
        reviews.decide(decision, true, new BigDecimal("3000.00"), null, null);
        assertThat(users.as(ANNA, () -> applications.get(submitted.id())).status())
                .isIn(ApplicationStatus.APPROVED, ApplicationStatus.DECISION);
        assertThat(reviews.history(submitted.id()))
                .extracting(ReviewStep::step)
                .contains(ProcessIds.TASK_DECISION_REVIEWER);
    }

    /** Clara finds the application complete; Rita reviews it and proposes {@code proposed}. */
    private void toDecision(long applicationId, String proposed) {
        users.run(
                CLARA,
                () -> reviews.completeFormalCheck(
                        openTask(applicationId, ProcessIds.TASK_FORMAL_CHECK).taskId(),
                        FormalCheckOutcome.COMPLETE,
                        null,
                        null,
                        false));
        users.run(RITA, () -> {
            String review =
                    openTask(applicationId, ProcessIds.TASK_CONTENT_REVIEW).taskId();
            // every criterion of the application's programme (as at submission), read from the app
            Map<String, Integer> scores = new LinkedHashMap<>();
            reviews.task(review).criterionCodes().forEach(code -> scores.put(code, 4));
            reviews.completeContentReview(
                    review, scores, ContentReviewSummary.APPROVE, new BigDecimal(proposed), "Sound plan.");
        });
    }

    @Test
    void second_officer_claiming_a_claimed_task_is_refused() {
        createSecondClerk();
        ApplicationSummary submitted = testApplications.submitAs(ANNA, TestApplications.uniqueTitle("Claimed twice"));
        String taskId = openTask(submitted.id(), ProcessIds.TASK_FORMAL_CHECK).taskId();
        users.run(CLARA, () -> reviews.claim(taskId));

        users.signIn(CARL);
        assertThatThrownBy(() -> reviews.claim(taskId))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.error.already-claimed"));
        assertThatThrownBy(() -> reviews.completeFormalCheck(taskId, FormalCheckOutcome.COMPLETE, null, null, false))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.error.already-claimed"));

        String claraId = users.as(CLARA, () -> reviews.task(taskId).assignee());
        assertThat(openTask(submitted.id(), ProcessIds.TASK_FORMAL_CHECK).assignee())
                .isEqualTo(claraId);
    }

    @Test
    void of_two_officers_claiming_a_task_at_the_same_moment_exactly_one_gets_it() throws Exception {
        createSecondClerk();
        ApplicationSummary submitted = testApplications.submitAs(ANNA, TestApplications.uniqueTitle("Claimed at once"));
        String taskId = openTask(submitted.id(), ProcessIds.TASK_FORMAL_CHECK).taskId();

        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String officer : List.of(CLARA, CARL)) {
                Callable<String> claim = () -> {
                    users.signIn(officer);
                    try {
                        ready.countDown();
                        go.await();
                        reviews.claim(taskId);
                        return "claimed";
                    } catch (ReviewRefused refused) {
                        return refused.messageKey();
                    } finally {
                        TestUsers.signOut();
                    }
                };
                outcomes.add(pool.submit(claim));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("claimed", "review.error.already-claimed");
        } finally {
            pool.shutdownNow();
        }
        assertThat(openTask(submitted.id(), ProcessIds.TASK_FORMAL_CHECK).assignee())
                .isNotNull();
    }

    private void createSecondClerk() {
        accounts.createIfAbsent(CARL, TestUsers.PASSWORD, "Carl Clerk (test)", null, "de", List.of(Roles.CLERK));
    }

    private OpenTask openTask(long applicationId, String step) {
        return process.openTasksOf(applicationId).stream()
                .filter(t -> t.step().equals(step))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No open " + step + " for application " + applicationId));
    }
}
