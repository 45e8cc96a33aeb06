package de.kulturbuero.grants.grantapplication;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.SubmissionSaboteur.Seen;
import de.kulturbuero.grants.grantapplication.SubmissionSaboteur.SimulatedFailure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Submitting writes the application row, starts the review process and creates the clerk's
 * first task in one transaction: all three commit together, or none of them stays behind.
 */
@IntegrationTest
class SubmissionTransactionIT {

    @Autowired
    TestUsers users;

    @Autowired
    TestApplications testApplications;

    @Autowired
    GrantApplicationService applications;

    @Autowired
    SubmissionSaboteur saboteur;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @BeforeEach
    void signInAsApplicant() {
        users.signIn(ANNA);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void submission_stores_the_application_starts_the_review_and_offers_the_formal_check_to_clerks() {
        String title = TestApplications.uniqueTitle("Submission commits");

        ApplicationSummary submitted = testApplications.form(title).submitThrough(applications);

        assertThat(submitted.referenceNumber()).matches("^IK-\\d{4}-\\d{4}$");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT id, reference_number, status, submitted_at FROM grant_application WHERE title = ?", title);
        assertThat(row.get("id")).isEqualTo(submitted.id());
        assertThat(row.get("reference_number")).isEqualTo(submitted.referenceNumber());
        assertThat(row.get("status")).isEqualTo(ApplicationStatus.FORMAL_CHECK.name());
        assertThat(row.get("submitted_at")).isNotNull();

        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(submitted.referenceNumber())
                .includeProcessVariables()
                .singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.getProcessDefinitionKey()).isEqualTo("grant-application");
        assertThat(((Number) instance.getProcessVariables().get("applicationId")).longValue())
                .isEqualTo(submitted.id());

        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).list())
                .singleElement()
                .satisfies(task -> {
                    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_FormalCheck");
                    assertThat(task.getAssignee()).isNull();
                    assertThat(candidateGroups(task)).containsExactly("CLERK");
                });
    }

    @Test
    void failure_after_the_process_start_leaves_the_draft_unsubmitted_with_no_process_and_no_task() {
        String title = TestApplications.uniqueTitle("Submission fails " + SubmissionSaboteur.FAIL_AFTER_PROCESS_START);

        assertThatThrownBy(() -> testApplications.form(title).submitThrough(applications))
                .isInstanceOf(SimulatedFailure.class);

        Seen seen = saboteur.seen(title).orElseThrow();
        assertThat(seen.processInstances())
                .as("the process had started in the doomed transaction")
                .isEqualTo(1);
        assertThat(seen.tasks())
                .as("the formal check existed in the doomed transaction")
                .isEqualTo(1);
        assertNothingStored(title, seen);
    }

    @Test
    void failure_at_commit_time_leaves_the_draft_unsubmitted_with_no_process_and_no_task() {
        String title = TestApplications.uniqueTitle("Submission fails " + SubmissionSaboteur.FAIL_BEFORE_COMMIT);

        assertThatThrownBy(() -> testApplications.form(title).submitThrough(applications))
                .isInstanceOf(SimulatedFailure.class);

        Seen seen = saboteur.seen(title).orElseThrow();
        assertThat(seen.processInstances()).isEqualTo(1);
        assertThat(seen.tasks()).isEqualTo(1);
        assertNothingStored(title, seen);
    }

    @Test
    void end_before_start_is_rejected_and_the_draft_stays_a_draft() {
        String title = TestApplications.uniqueTitle("End before start");
        NewApplicationForm form = testApplications.form(title);
        form.setEndDate(form.getStartDate().minusDays(1));

        assertThatThrownBy(() -> form.submitThrough(applications))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(SubmissionRejected.Problem::messageKey)
                                .containsExactly("grantapplication.validation.end-before-start"));

        assertNoApplicationRow(title);
    }

    @Test
    void amount_above_the_programme_maximum_is_rejected_and_the_draft_stays_a_draft() {
        String title = TestApplications.uniqueTitle("Amount above maximum");
        NewApplicationForm form = testApplications.form(title);
        BigDecimal max = testApplications.internationalCulture().maxGrant();
        form.setRequestedAmount(max.add(new BigDecimal("0.01")));

        assertThatThrownBy(() -> form.submitThrough(applications))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        rejected -> assertThat(rejected.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.field()).isEqualTo("requestedGrant");
                                    assertThat(problem.messageKey()).isEqualTo("grantapplication.financing.above-max");
                                    assertThat(problem.args()).containsExactly(max);
                                }));

        assertNoApplicationRow(title);
    }

    private void assertNothingStored(String title, Seen seen) {
        assertNoApplicationRow(title);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM grant_application WHERE id = ? AND (status <> 'DRAFT' OR reference_number IS NOT NULL)",
                        Long.class,
                        seen.applicationId()))
                .as("the draft stays a draft without a reference number")
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(seen.referenceNumber())
                        .count())
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(seen.referenceNumber())
                        .count())
                .isZero();
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(seen.referenceNumber())
                        .count())
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .variableValueEquals("applicationId", seen.applicationId())
                        .count())
                .isZero();
    }

    /** The applicant's draft stays as it was saved: not submitted, no reference number. */
    private void assertNoApplicationRow(String title) {
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM grant_application WHERE title = ? AND (status <> 'DRAFT' OR reference_number IS NOT NULL)",
                        Long.class,
                        title))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grant_application WHERE title = ?", Long.class, title))
                .isEqualTo(1);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
