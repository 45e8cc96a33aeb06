package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.kulturbuero.grants.grantapplication.ApplicantActionRefused;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.CaseMessage;
import de.kulturbuero.grants.grantapplication.NoticeFile;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeForm;
import de.kulturbuero.grants.programme.ProgrammeFormCheckTest;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.shared.SignedIn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

/** One test per route through processes/grant-application.bpmn20.xml, driven through the review's use cases and the applicant's service. */
class GrantReviewProcessIT extends ReviewTestSupport {

    @Test
    void up_to_the_threshold_a_second_reviewer_approves_and_the_approval_notice_is_stored() {
        long id = submit("5000.00");
        toDecision(id, "5000.00");
        assertThat(status(id)).isEqualTo(ApplicationStatus.DECISION);
        as("rolf@example.org");
        reviews.decide(
                openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER),
                true,
                new BigDecimal("4500.00"),
                "Publish the results.",
                null);

        assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
        runAsyncJobs(id);
        assertThat(route(id))
                .contains(
                        ProcessIds.TASK_FORMAL_CHECK,
                        ProcessIds.TASK_CONTENT_REVIEW,
                        ProcessIds.TASK_DECISION_REVIEWER,
                        ProcessIds.TASK_APPROVAL_NOTICE,
                        ProcessIds.END_APPROVED)
                .doesNotContain(ProcessIds.TASK_DECISION_HEAD);
        assertThat(instance(id)).isNull();
        as("anna@example.org");
        List<NoticeFile> notices = applicantCases.notices(id);
        assertThat(notices).extracting(NoticeFile::kind).containsExactly("APPROVAL");
        byte[] pdf = applicantCases.noticeContent(notices.getFirst().id());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(notices.getFirst().language()).isEqualTo("de");
        // the conditions are on the application's page too, not only in the (untagged) notice PDF
        assertThat(applications.get(id).decisionConditions()).isEqualTo("Publish the results.");
    }

    @Test
    void above_the_threshold_the_head_of_office_approves() {
        long id = submit("5000.01");
        toDecision(id, "5000.01");
        as("rolf@example.org");
        assertThatThrownBy(() -> reviews.decide(
                        openTaskId(id, ProcessIds.TASK_DECISION_HEAD), true, new BigDecimal("5000.01"), null, null))
                .isInstanceOf(AccessDeniedException.class);
        as("hanna@example.org");
        reviews.decide(openTaskId(id, ProcessIds.TASK_DECISION_HEAD), true, new BigDecimal("5000.01"), null, null);
        runAsyncJobs(id);
        assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(route(id))
                .contains(ProcessIds.TASK_DECISION_HEAD, ProcessIds.END_APPROVED)
                .doesNotContain(ProcessIds.TASK_DECISION_REVIEWER);
    }

    @Test
    void a_rejection_ends_rejected_with_a_rejection_notice() {
        long id = submit("3000.00");
        toDecision(id, "0.00");
        as("rolf@example.org");
        String task = openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER);
        assertThatThrownBy(() -> reviews.decide(task, false, null, null, " "))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.reason-required");
        reviews.decide(task, false, null, null, "Not enough partner involvement.");
        assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
        runAsyncJobs(id);
        assertThat(route(id)).contains(ProcessIds.TASK_REJECTION_NOTICE, ProcessIds.END_REJECTED);
        as("anna@example.org");
        assertThat(applicantCases.notices(id)).extracting(NoticeFile::kind).containsExactly("REJECTION");
    }

    @Test
    void an_ineligible_application_ends_at_the_formal_check_with_a_notice() {
        long id = submit("2000.00");
        as("clara@example.org");
        String task = openTaskId(id, ProcessIds.TASK_FORMAL_CHECK);
        assertThatThrownBy(() -> reviews.completeFormalCheck(task, FormalCheckOutcome.INELIGIBLE, "", null, false))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.note-required");
        reviews.completeFormalCheck(
                task, FormalCheckOutcome.INELIGIBLE, "A commercial product launch is excluded.", null, false);
        assertThat(status(id)).isEqualTo(ApplicationStatus.INELIGIBLE);
        runAsyncJobs(id);
        assertThat(route(id))
                .contains(ProcessIds.TASK_INELIGIBLE_NOTICE, ProcessIds.END_INELIGIBLE)
                .doesNotContain(ProcessIds.TASK_CONTENT_REVIEW);
        as("anna@example.org");
        assertThat(applicantCases.notices(id)).extracting(NoticeFile::kind).containsExactly("INELIGIBILITY");
    }

    @Test
    void a_follow_up_question_answered_by_the_applicant_returns_to_the_formal_check() {
        long id = submit("2500.00");
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK),
                FormalCheckOutcome.INQUIRY,
                null,
                "Which organisation in Poznań takes part?",
                true);
        assertThat(status(id)).isEqualTo(ApplicationStatus.INQUIRY);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstanceId(id))
                        .count())
                .isZero();

        as("anna@example.org");
        assertThatThrownBy(() -> applicantCases.answerInquiry(id, "  ", null))
                .isInstanceOf(ApplicantActionRefused.class)
                .hasMessage("grantapplication.inquiry.error.answer-required");
        applicantCases.answerInquiry(id, "The city administration of Poznań.", "Revised description with the partner.");

        assertThat(status(id)).isEqualTo(ApplicationStatus.FORMAL_CHECK);
        openTaskId(id, ProcessIds.TASK_FORMAL_CHECK);
        assertThat(route(id))
                .containsSubsequence(
                        ProcessIds.TASK_FORMAL_CHECK, ProcessIds.RECEIVE_INQUIRY_ANSWER, ProcessIds.TASK_FORMAL_CHECK);
        List<CaseMessage> conversation = applicantCases.conversation(id);
        assertThat(conversation).singleElement().satisfies(m -> {
            assertThat(m.answer()).isEqualTo("The city administration of Poznań.");
            assertThat(m.closedReason()).isEqualTo("ANSWERED");
        });
        assertThat(applications.get(id).summary()).isEqualTo("Revised description with the partner.");
        assertThatThrownBy(() -> applicantCases.answerInquiry(id, "again", null))
                .isInstanceOf(ApplicantActionRefused.class);
    }

    @Test
    void an_answered_follow_up_question_returns_to_the_clerk_who_asked_it() {
        long id = submit("2500.00");
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK),
                FormalCheckOutcome.INQUIRY,
                null,
                "Which organisation in Poznań takes part?",
                false);
        as("anna@example.org");
        applicantCases.answerInquiry(id, "The city administration of Poznań.", null);

        String clara = clerkId();
        String again = openTaskId(id, ProcessIds.TASK_FORMAL_CHECK);
        assertThat(tasks.createTaskQuery().taskId(again).singleResult().getAssignee())
                .isEqualTo(clara);
        assertThat(jdbc.sql("SELECT assignee_id FROM inbox_task WHERE task_id = ?")
                        .param(again)
                        .query(Long.class)
                        .single())
                .as("the inbox read model shows it as hers")
                .isEqualTo(Long.valueOf(clara));
        as("clara@example.org");
        assertThat(reviews.inbox(InboxQuery.of(InboxQuery.Tab.MINE), 0, 500))
                .filteredOn(i -> i.taskId().equals(again))
                .singleElement()
                .satisfies(i -> assertThat(i.mine()).isTrue());
        reviews.completeFormalCheck(again, FormalCheckOutcome.COMPLETE, null, null, false);
        assertThat(tasks.createTaskQuery()
                        .taskId(openTaskId(id, ProcessIds.TASK_CONTENT_REVIEW))
                        .singleResult()
                        .getAssignee())
                .as("the next step is free for its group")
                .isNull();
    }

    @Test
    void the_first_formal_check_is_free_for_the_group_and_an_unanswered_question_returns_to_the_asking_clerk() {
        long id = submit("2500.00");
        assertThat(openTask(id).getAssignee()).isNull();
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK),
                FormalCheckOutcome.INQUIRY,
                null,
                "Budget details?",
                false);

        fireTimer(id, ProcessIds.TIMER_REPLY_OVERDUE);

        assertThat(openTask(id).getAssignee()).isEqualTo(clerkId());
    }

    private String clerkId() {
        return jdbc.sql("SELECT id FROM account WHERE email = 'clara@example.org'")
                .query(Long.class)
                .single()
                .toString();
    }

    @Test
    void the_reminder_timer_reminds_the_applicant_and_the_process_keeps_waiting() {
        long id = submit("2500.00");
        as("clara@example.org");
        Instant asked = Instant.now();
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK),
                FormalCheckOutcome.INQUIRY,
                null,
                "Budget details?",
                false);
        Job reminder = management
                .createTimerJobQuery()
                .processInstanceId(processInstanceId(id))
                .elementId(ProcessIds.TIMER_REPLY_REMINDER)
                .singleResult();
        Job deadline = management
                .createTimerJobQuery()
                .processInstanceId(processInstanceId(id))
                .elementId(ProcessIds.TIMER_REPLY_OVERDUE)
                .singleResult();
        assertThat(reminder.getDuedate().toInstant())
                .isCloseTo(asked.plus(Duration.ofDays(14)), within(Duration.ofMinutes(5)));
        assertThat(deadline.getDuedate().toInstant())
                .isCloseTo(asked.plus(Duration.ofDays(21)), within(Duration.ofMinutes(5)));

        fireTimer(id, ProcessIds.TIMER_REPLY_REMINDER);
        runAsyncJobs(id);

        assertThat(route(id)).contains(ProcessIds.TASK_SEND_REMINDER, ProcessIds.END_REMINDER_SENT);
        assertThat(status(id)).isEqualTo(ApplicationStatus.INQUIRY);
        assertThat(runtime.createExecutionQuery()
                        .processInstanceId(processInstanceId(id))
                        .activityId(ProcessIds.RECEIVE_INQUIRY_ANSWER)
                        .count())
                .isEqualTo(1);
        as("clara@example.org");
        assertThat(reviews.caseFile(id).audit()).extracting(AuditEntry::action).contains("REMINDER_SENT");
    }

    @Test
    void without_an_answer_by_the_deadline_the_case_goes_back_to_the_clerk() {
        long id = submit("2500.00");
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK),
                FormalCheckOutcome.INQUIRY,
                null,
                "Budget details?",
                false);

        fireTimer(id, ProcessIds.TIMER_REPLY_OVERDUE);

        assertThat(status(id)).isEqualTo(ApplicationStatus.FORMAL_CHECK);
        openTaskId(id, ProcessIds.TASK_FORMAL_CHECK);
        assertThat(management
                        .createTimerJobQuery()
                        .processInstanceId(processInstanceId(id))
                        .elementId(ProcessIds.TIMER_REPLY_REMINDER)
                        .count())
                .isZero();
        as("anna@example.org");
        assertThat(applicantCases.conversation(id))
                .singleElement()
                .extracting(CaseMessage::closedReason)
                .isEqualTo("EXPIRED");
        assertThatThrownBy(() -> applicantCases.answerInquiry(id, "Too late", null))
                .isInstanceOf(ApplicantActionRefused.class);
    }

    @Test
    void an_overdue_task_escalates_to_the_head_and_stays_open_marked_overdue() {
        long id = submit("2500.00");
        String task = openTaskId(id, ProcessIds.TASK_FORMAL_CHECK);
        Job overdue = management
                .createTimerJobQuery()
                .processInstanceId(processInstanceId(id))
                .elementId(ProcessIds.TIMER_FORMAL_CHECK_OVERDUE)
                .singleResult();
        assertThat(overdue.getDuedate().toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofDays(10)), within(Duration.ofMinutes(5)));

        fireTimer(id, ProcessIds.TIMER_FORMAL_CHECK_OVERDUE);

        assertThat(openTaskId(id, ProcessIds.TASK_FORMAL_CHECK)).isEqualTo(task);
        assertThat(route(id)).contains(ProcessIds.TASK_ESCALATE, ProcessIds.END_ESCALATED);
        as("clara@example.org");
        assertThat(reviews.inbox(InboxQuery.of(InboxQuery.Tab.OVERDUE), 0, 500))
                .extracting(InboxItem::taskId)
                .contains(task);
        as("hanna@example.org");
        assertThat(reviews.inbox(InboxQuery.of(InboxQuery.Tab.OVERDUE), 0, 500))
                .extracting(InboxItem::taskId)
                .contains(task);
        assertThat(reviews.caseFile(id).audit()).extracting(AuditEntry::action).contains("ESCALATED");
    }

    enum Step {
        FORMAL_CHECK,
        INQUIRY,
        CONTENT_REVIEW,
        DECISION
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void the_applicant_can_withdraw_at_every_step_before_the_decision(Step step) {
        long id = submit("2500.00");
        if (step != Step.FORMAL_CHECK) {
            as("clara@example.org");
            reviews.completeFormalCheck(
                    openTaskId(id, ProcessIds.TASK_FORMAL_CHECK),
                    step == Step.INQUIRY ? FormalCheckOutcome.INQUIRY : FormalCheckOutcome.COMPLETE,
                    null,
                    "Question?",
                    false);
        }
        if (step == Step.DECISION) {
            as("rita@example.org");
            String review = openTaskId(id, ProcessIds.TASK_CONTENT_REVIEW);
            reviews.completeContentReview(
                    review, goodScores(review), ContentReviewSummary.APPROVE, new BigDecimal("2500.00"), null);
        }
        assertThat(status(id).name()).isEqualTo(step.name());
        // the applicant hears of a question from its mail: let that job run first, as it does in life (a withdrawal at
        // the very instant the job runs is refused as "busy, try again" and changes nothing)
        runAsyncJobs(id);

        as("anna@example.org");
        assertThatThrownBy(() -> applicantCases.withdraw(id, " ")).isInstanceOf(ApplicantActionRefused.class);
        applicantCases.withdraw(id, "The partner cancelled the project.");

        assertThat(status(id)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(instance(id)).isNull();
        assertThat(route(id)).contains(ProcessIds.END_WITHDRAWN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_task WHERE application_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(management
                        .createTimerJobQuery()
                        .processInstanceId(processInstanceId(id))
                        .count())
                .isZero();
        assertThat(applicantCases.withdrawalReason(id)).isEqualTo("The partner cancelled the project.");
    }

    @Test
    void after_the_decision_the_application_can_no_longer_be_withdrawn() {
        long id = submit("2500.00");
        toDecision(id, "2500.00");
        as("rolf@example.org");
        reviews.decide(
                openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER), false, null, null, "No budget line for travel.");
        as("anna@example.org");
        assertThat(applicantCases.mayWithdraw(id)).isFalse();
        assertThatThrownBy(() -> applicantCases.withdraw(id, "Changed my mind"))
                .isInstanceOf(ApplicantActionRefused.class)
                .hasMessage("grantapplication.withdraw.error.too-late");
        assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void the_content_reviewer_may_never_decide_the_same_case() {
        long id = submit("2500.00");
        toDecision(id, "2500.00");
        as("rita@example.org");
        String task = openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER);
        assertThat(reviews.task(task).mayAct()).isFalse();
        assertThatThrownBy(() -> reviews.decide(task, true, new BigDecimal("2500.00"), null, null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.four-eyes-reviewer");
        assertThat(status(id)).isEqualTo(ApplicationStatus.DECISION);
        as("rolf@example.org");
        reviews.decide(task, true, new BigDecimal("2500.00"), null, null);
        assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void the_proposed_and_granted_amounts_may_not_exceed_the_requested_amount() {
        long id = submit("2500.00");
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false);
        as("rita@example.org");
        String review = openTaskId(id, ProcessIds.TASK_CONTENT_REVIEW);
        assertThatThrownBy(() -> reviews.completeContentReview(
                        review, goodScores(review), ContentReviewSummary.APPROVE, new BigDecimal("2500.01"), null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.amount-above-requested");
        List<String> codes = reviews.task(review).criterionCodes();
        assertThat(codes).as("the seeded programme's four criteria").hasSize(4).allMatch(c -> c.matches("c\\d+"));
        assertThatThrownBy(() -> reviews.completeContentReview(
                        review, Map.of(codes.getFirst(), 3), ContentReviewSummary.APPROVE, new BigDecimal("100"), null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.scores-required");
        Map<String, Integer> withUnknown = new HashMap<>(goodScores(review));
        withUnknown.put("partnership", 3);
        assertThatThrownBy(() -> reviews.completeContentReview(
                        review, withUnknown, ContentReviewSummary.APPROVE, new BigDecimal("100"), null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.score-unknown-criterion");
        Map<String, Integer> outOfRange = new HashMap<>(goodScores(review));
        outOfRange.put(codes.getFirst(), 6);
        assertThatThrownBy(() -> reviews.completeContentReview(
                        review, outOfRange, ContentReviewSummary.APPROVE, new BigDecimal("100"), null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.scores-required");
        reviews.completeContentReview(
                review, goodScores(review), ContentReviewSummary.APPROVE, new BigDecimal("2500.00"), null);
        as("rolf@example.org");
        assertThatThrownBy(() -> reviews.decide(
                        openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER), true, new BigDecimal("2600"), null, null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.amount-above-requested");
    }

    @Test
    void a_criterion_added_to_the_programme_after_submission_is_not_scored_for_the_application() {
        ProgrammeAdministration administration = context.getBean(ProgrammeAdministration.class);
        ProgrammeService programmes = context.getBean(ProgrammeService.class);
        as("adam@example.org");
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix(SignedIn.randomPrefix());
        form.setNameDe("Kriterientest " + form.getReferencePrefix());
        form.setNameEn("Criteria test " + form.getReferencePrefix());
        long programmeId = administration.save(form);
        long before = submit(programmeId, "Criteria before " + System.nanoTime(), "Poznań", "3000.00");

        as("adam@example.org");
        ProgrammeForm change = administration.load(programmeId);
        change.getCriteria().getFirst().setWeight(40);
        change.getCriteria().add(new ProgrammeForm.CriterionLine(null, "Nachhaltigkeit", "Sustainability", 20));
        administration.save(change);
        String added =
                ReviewCriteria.code(programmes.criteria(programmeId).getLast().id());
        long after = submit(programmeId, "Criteria after " + System.nanoTime(), "Poznań", "3000.00");

        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(before, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false);
        reviews.completeFormalCheck(
                openTaskId(after, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false);
        as("rita@example.org");
        String review = openTaskId(before, ProcessIds.TASK_CONTENT_REVIEW);
        TaskDetails task = reviews.task(review);
        assertThat(task.criterionCodes()).hasSize(2).doesNotContain(added);
        assertThat(task.criteria()).extracting(ReviewCriterion::nameEn).containsExactly("Quality", "Impact");
        assertThat(task.criteria()).extracting(ReviewCriterion::weight).containsExactly(60, 40);
        assertThat(reviews.task(openTaskId(after, ProcessIds.TASK_CONTENT_REVIEW))
                        .criterionCodes())
                .hasSize(3)
                .endsWith(added);

        Map<String, Integer> withAdded = new HashMap<>(goodScores(review));
        withAdded.put(added, 5);
        assertThatThrownBy(() -> reviews.completeContentReview(
                        review, withAdded, ContentReviewSummary.APPROVE, new BigDecimal("3000.00"), null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.score-unknown-criterion");
        List<String> codes = task.criterionCodes();
        reviews.completeContentReview(
                review,
                Map.of(codes.get(0), 5, codes.get(1), 3),
                ContentReviewSummary.APPROVE,
                new BigDecimal("3000.00"),
                null);

        ContentReviewSummary summary = reviews.caseFile(before).contentReview();
        assertThat(summary.scores()).containsOnlyKeys(codes);
        assertThat(summary.criteria()).extracting(ReviewCriterion::code).containsExactlyElementsOf(codes);
        assertThat(summary.weightedTotal()).as("5 × 60 % + 3 × 40 %").isEqualByComparingTo("4.2");
    }
}
