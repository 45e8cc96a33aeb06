package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeForm;
import de.kulturbuero.grants.programme.ProgrammeFormCheckTest;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.shared.SignedIn;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Four eyes by amount: who decides follows the decision threshold of the rules version stored at
 * submission, and a reviewer can never approve more than that threshold, whatever the content
 * review proposed. To grant more the case goes up to the head through the BPMN.
 */
class DecisionCapIT extends ReviewTestSupport {

    /** A programme of its own (maximum 20,000, budget 500,000, threshold {@code threshold}), so a change here touches no other test. */
    private long programme(String threshold) {
        as("adam@example.org");
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix(SignedIn.randomPrefix());
        form.setNameDe("Schwellentest " + form.getReferencePrefix());
        form.setNameEn("Threshold test " + form.getReferencePrefix());
        form.setMaxGrant(new BigDecimal("20000"));
        form.setAnnualBudget(new BigDecimal("500000"));
        form.setDecisionThreshold(new BigDecimal(threshold));
        return context.getBean(ProgrammeAdministration.class).save(form);
    }

    private void changeThreshold(long programmeId, String threshold) {
        as("adam@example.org");
        ProgrammeAdministration administration = context.getBean(ProgrammeAdministration.class);
        ProgrammeForm change = administration.load(programmeId);
        change.setDecisionThreshold(new BigDecimal(threshold));
        administration.save(change);
    }

    private long submitTo(long programmeId, String amount) {
        return submit(programmeId, "Schwelle " + System.nanoTime(), "Poznań", amount);
    }

    @Test
    void a_reviewer_cannot_approve_more_than_the_threshold_even_when_the_review_proposed_less() {
        long id = submitTo(programme("5000.00"), "20000.00");
        toDecision(id, "4999.00");
        as("rolf@example.org");
        String task = openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER);

        assertThatThrownBy(() -> reviews.decide(task, true, new BigDecimal("20000.00"), null, null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.above-reviewer-threshold");
        assertThatThrownBy(() -> reviews.decide(task, true, new BigDecimal("5000.01"), null, null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.above-reviewer-threshold");
        assertThat(status(id)).isEqualTo(ApplicationStatus.DECISION);

        reviews.decide(task, true, new BigDecimal("5000.00"), null, null);
        assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(applications.get(id).grantedAmount()).isEqualByComparingTo("5000.00");
        assertThat(route(id))
                .contains(ProcessIds.GATEWAY_REVIEWER_OUTCOME)
                .doesNotContain(ProcessIds.TASK_DECISION_HEAD);
    }

    @Test
    void to_grant_more_the_reviewer_refers_the_case_to_the_head_who_may_approve_it() {
        long id = submitTo(programme("5000.00"), "20000.00");
        toDecision(id, "4999.00");
        as("rolf@example.org");
        String task = openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER);
        assertThatThrownBy(() -> reviews.referToHead(task, "  "))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.referral-reason-required");

        reviews.referToHead(task, "The full amount is justified by the second exchange.");

        String headTask = openTaskId(id, ProcessIds.TASK_DECISION_HEAD);
        assertThat(route(id))
                .containsSubsequence(
                        ProcessIds.TASK_DECISION_REVIEWER,
                        ProcessIds.GATEWAY_REVIEWER_OUTCOME,
                        ProcessIds.FLOW_REFERRED_TO_HEAD,
                        ProcessIds.TASK_DECISION_HEAD);
        assertThat(reviews.caseFile(id).audit()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("REFERRED_TO_HEAD");
            assertThat(entry.detail()).isEqualTo("The full amount is justified by the second exchange.");
        });
        as("hanna@example.org");
        reviews.decide(headTask, true, new BigDecimal("20000.00"), null, null);
        assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(applications.get(id).grantedAmount()).isEqualByComparingTo("20000.00");
    }

    @Test
    void the_content_reviewer_may_not_refer_their_own_review_either() {
        long id = submitTo(programme("5000.00"), "3000.00");
        toDecision(id, "3000.00");
        as("rita@example.org");
        String task = openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER);
        assertThatThrownBy(() -> reviews.referToHead(task, "Please decide."))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.four-eyes-reviewer");
        openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER);
    }

    @Test
    void the_route_follows_the_threshold_on_both_sides() {
        long programmeId = programme("5000.00");
        long atThreshold = submitTo(programmeId, "8000.00");
        toDecision(atThreshold, "5000.00");
        openTaskId(atThreshold, ProcessIds.TASK_DECISION_REVIEWER);
        long justAbove = submitTo(programmeId, "8000.00");
        toDecision(justAbove, "5000.01");
        openTaskId(justAbove, ProcessIds.TASK_DECISION_HEAD);
    }

    @Test
    void a_threshold_lowered_after_submission_changes_neither_the_route_nor_the_cap() {
        long programmeId = programme("5000.00");
        long id = submitTo(programmeId, "8000.00");
        changeThreshold(programmeId, "1000.00");

        toDecision(id, "3000.00");
        as("rolf@example.org");
        String task = openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER);
        assertThatThrownBy(() -> reviews.decide(task, true, new BigDecimal("5000.01"), null, null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.above-reviewer-threshold");
        reviews.decide(task, true, new BigDecimal("5000.00"), null, null);
        assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);

        long submittedLater = submitTo(programmeId, "8000.00");
        toDecision(submittedLater, "3000.00");
        openTaskId(submittedLater, ProcessIds.TASK_DECISION_HEAD);
    }

    @Test
    void a_threshold_raised_after_submission_still_sends_the_case_to_the_head() {
        long programmeId = programme("5000.00");
        long id = submitTo(programmeId, "8000.00");
        changeThreshold(programmeId, "10000.00");

        toDecision(id, "8000.00");
        openTaskId(id, ProcessIds.TASK_DECISION_HEAD);
    }
}
