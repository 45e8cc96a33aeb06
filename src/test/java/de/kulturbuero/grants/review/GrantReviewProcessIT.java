package de.kulturbuero.grants.review;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.HistoryEntry;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Stream;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.CLARA;
import static de.kulturbuero.grants.TestUsers.HANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review process, one test per route, driven through {@link ReviewService} as the officers
 * would (applicant submits, clerk checks, head decides) on the real engine and database. The route
 * taken is read back from Flowable's history.
 */
@IntegrationTest
class GrantReviewProcessIT {

    /** The BPMN start event (ProcessIds names only the steps the code refers to). */
    private static final String START = "StartEvent_ApplicationSubmitted";

    @Autowired TestUsers users;
    @Autowired TestApplications testApplications;
    @Autowired GrantApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired GrantReviewProcess process;
    @Autowired HistoryService history;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void approved_application_ends_approved_with_the_granted_amount() {
        ApplicationSummary submitted = submit("Approved route");
        passFormalCheck(submitted.id());

        users.signIn(HANNA);
        reviews.decide(openTask(submitted.id(), ProcessIds.TASK_DECISION).taskId(), true, new BigDecimal("3500.00"), "Good project");

        ApplicationSummary decided = readAsApplicant(submitted.id());
        assertThat(decided.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(decided.grantedAmount()).isEqualByComparingTo("3500.00");
        assertThat(decided.decisionReason()).isEqualTo("Good project");
        assertThat(decided.decidedAt()).isNotNull();
        assertRoute(submitted, ProcessIds.TASK_FORMAL_CHECK, ProcessIds.TASK_DECISION, ProcessIds.END_APPROVED);
    }

    @Test
    void rejected_application_ends_rejected_with_the_reason() {
        ApplicationSummary submitted = submit("Rejected route");
        passFormalCheck(submitted.id());

        users.signIn(HANNA);
        reviews.decide(openTask(submitted.id(), ProcessIds.TASK_DECISION).taskId(), false, null, "  Budget exhausted  ");

        ApplicationSummary decided = readAsApplicant(submitted.id());
        assertThat(decided.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(decided.decisionReason()).isEqualTo("Budget exhausted");
        assertThat(decided.grantedAmount()).isNull();
        assertRoute(submitted, ProcessIds.TASK_FORMAL_CHECK, ProcessIds.TASK_DECISION, ProcessIds.END_REJECTED);
    }

    @Test
    void incomplete_application_ends_after_the_formal_check_without_a_decision() {
        ApplicationSummary submitted = submit("Incomplete route");

        users.signIn(CLARA);
        reviews.completeFormalCheck(openTask(submitted.id(), ProcessIds.TASK_FORMAL_CHECK).taskId(), false, "Cost plan missing");

        ApplicationSummary checked = readAsApplicant(submitted.id());
        assertThat(checked.status()).isEqualTo(ApplicationStatus.REJECTED_INCOMPLETE);
        assertThat(checked.formalCheckNote()).isEqualTo("Cost plan missing");
        assertThat(checked.decidedAt()).isNull();
        assertThat(process.openTasksOf(submitted.id())).isEmpty();
        assertRoute(submitted, ProcessIds.TASK_FORMAL_CHECK, ProcessIds.END_REJECTED_INCOMPLETE);
    }

    @Test
    void submitted_application_waits_in_formal_check_for_a_clerk() {
        ApplicationSummary submitted = submit("Status after submit");

        assertThat(readAsApplicant(submitted.id()).status()).isEqualTo(ApplicationStatus.FORMAL_CHECK);
        assertThat(process.openTasksOf(submitted.id())).singleElement().satisfies(task -> {
            assertThat(task.step()).isEqualTo(ProcessIds.TASK_FORMAL_CHECK);
            assertThat(task.candidateGroups()).containsExactly("CLERK");
            assertThat(task.assignee()).isNull();
        });
        assertThat(process.isRunning(submitted.id())).isTrue();
    }

    @Test
    void completed_formal_check_moves_the_application_to_the_decision_of_the_head() {
        ApplicationSummary submitted = submit("Status after formal check");
        passFormalCheck(submitted.id());

        assertThat(readAsApplicant(submitted.id()).status()).isEqualTo(ApplicationStatus.DECISION);
        assertThat(process.openTasksOf(submitted.id())).singleElement().satisfies(task -> {
            assertThat(task.step()).isEqualTo(ProcessIds.TASK_DECISION);
            assertThat(task.candidateGroups()).containsExactly("HEAD");
        });
    }

    @Test
    void rejection_without_a_reason_is_refused_and_the_decision_stays_open() {
        ApplicationSummary submitted = submit("Rejection without reason");
        passFormalCheck(submitted.id());
        users.signIn(HANNA);
        String taskId = openTask(submitted.id(), ProcessIds.TASK_DECISION).taskId();

        assertThatThrownBy(() -> reviews.decide(taskId, false, null, "   "))
                .isInstanceOfSatisfying(ReviewRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.error.reason-required"));

        assertDecisionStillOpen(submitted.id(), taskId);
    }

    @Test
    void approval_above_the_requested_amount_is_refused_and_the_decision_stays_open() {
        ApplicationSummary submitted = submit("Approval above requested");
        passFormalCheck(submitted.id());
        users.signIn(HANNA);
        String taskId = openTask(submitted.id(), ProcessIds.TASK_DECISION).taskId();
        BigDecimal tooMuch = TestApplications.REQUESTED.add(new BigDecimal("0.01"));

        assertThatThrownBy(() -> reviews.decide(taskId, true, tooMuch, null))
                .isInstanceOfSatisfying(ReviewRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.error.amount-above-requested"));

        assertDecisionStillOpen(submitted.id(), taskId);
    }

    private ApplicationSummary submit(String what) {
        return testApplications.submitAs(ANNA, TestApplications.uniqueTitle(what));
    }

    private void passFormalCheck(long applicationId) {
        users.run(CLARA, () -> reviews.completeFormalCheck(
                openTask(applicationId, ProcessIds.TASK_FORMAL_CHECK).taskId(), true, null));
    }

    private OpenTask openTask(long applicationId, String step) {
        return process.openTasksOf(applicationId).stream().filter(t -> t.step().equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError("No open " + step + " for application " + applicationId));
    }

    /** Reads the application as its applicant sees it (a fresh read from the database). */
    private ApplicationSummary readAsApplicant(long applicationId) {
        return users.as(ANNA, () -> applications.get(applicationId));
    }

    /** Nothing of the refused decision stuck: no data, no claim, same status. */
    private void assertDecisionStillOpen(long applicationId, String taskId) {
        ApplicationSummary application = readAsApplicant(applicationId);
        assertThat(application.status()).isEqualTo(ApplicationStatus.DECISION);
        assertThat(application.decidedAt()).isNull();
        assertThat(application.grantedAmount()).isNull();
        assertThat(application.decisionReason()).isNull();
        assertThat(process.openTasksOf(applicationId)).singleElement().satisfies(task -> {
            assertThat(task.taskId()).isEqualTo(taskId);
            assertThat(task.assignee()).as("the refused decision's claim is rolled back").isNull();
        });
    }

    /** The process ended at the route's end event and went through exactly these user tasks, in this order. */
    private void assertRoute(ApplicationSummary application, String... stepsAfterStart) {
        String endEvent = stepsAfterStart[stepsAfterStart.length - 1];
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(application.referenceNumber()).singleResult();
        assertThat(instance).as("process instance of %s", application.referenceNumber()).isNotNull();
        assertThat(instance.getEndTime()).as("process ended").isNotNull();
        assertThat(instance.getEndActivityId()).isEqualTo(endEvent);
        assertThat(process.isRunning(application.id())).isFalse();

        assertThat(process.history(application.id())).extracting(HistoryEntry::step)
                .containsExactly(Stream.concat(Stream.of(START), Arrays.stream(stepsAfterStart)).toArray(String[]::new));
    }
}
