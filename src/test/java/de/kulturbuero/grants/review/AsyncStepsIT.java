package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.grantapplication.NoticeFile;
import de.kulturbuero.grants.review.process.ProcessIds;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The steps that talk to the outside (letters, e-mails) run as asynchronous jobs after the officer's click commits. */
class AsyncStepsIT extends ReviewTestSupport {

    @Test
    void the_follow_up_question_is_mailed_by_its_own_job_while_the_process_already_waits_for_the_answer() {
        long id = submit("2500.00");
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK),
                FormalCheckOutcome.INQUIRY,
                null,
                "Which school in Rouen takes part?",
                false);

        // committed with the clerk's click: the wait for the answer and a job for the mail, not the mail itself
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(processInstanceId(id))
                        .list())
                .extracting(job -> job.getElementId())
                .containsExactly(ProcessIds.TASK_SEND_INQUIRY);
        assertThat(runtime.createExecutionQuery()
                        .processInstanceId(processInstanceId(id))
                        .activityId(ProcessIds.RECEIVE_INQUIRY_ANSWER)
                        .count())
                .isOne();

        runAsyncJobs(id);
        assertThat(route(id)).contains(ProcessIds.TASK_SEND_INQUIRY, "EndEvent_InquirySent");
        as("anna@example.org");
        applicantCases.answerInquiry(id, "The Lycée Corneille.", null);
        openTaskId(id, ProcessIds.TASK_FORMAL_CHECK);
    }

    /** The notice step writes the letter its BPMN task names, whatever status the application has by the time the job runs. */
    @Test
    void a_retried_approval_notice_is_written_as_an_approval_even_after_the_status_moved_on() {
        long id = submit("2000.00");
        toDecision(id, "2000.00");
        as("rolf@example.org");
        reviews.decide(openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER), true, new BigDecimal("2000.00"), null, null);
        runAsyncJobs(id);
        // a later phase moves the status on (e.g. to a payment status); the notice job may run again after a failure
        jdbc.sql("UPDATE grant_application SET status = 'DECISION' WHERE id = ?")
                .param(id)
                .update();
        try {
            context.getBean(GrantReviewTasks.class).issueNotice(id, "APPROVAL");
        } finally {
            jdbc.sql("UPDATE grant_application SET status = 'APPROVED' WHERE id = ?")
                    .param(id)
                    .update();
        }
        as("anna@example.org");
        // the retry neither fails nor writes a second letter
        assertThat(applicantCases.notices(id)).extracting(NoticeFile::kind).containsExactly("APPROVAL");
    }
}
