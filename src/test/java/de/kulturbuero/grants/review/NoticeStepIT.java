package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.NoticeFile;
import de.kulturbuero.grants.review.process.GrantReviewTasks;
import de.kulturbuero.grants.review.process.ProcessIds;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice step writes the letter its BPMN task names, whatever status the application has by the time the job runs. */
class NoticeStepIT extends ReviewTestSupport {

    @Test
    void a_retried_approval_notice_is_written_as_an_approval_even_after_the_status_moved_on() {
        long id = submit("2000.00");
        toDecision(id, "2000.00");
        as("rolf@example.org");
        reviews.decide(openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER), true, new BigDecimal("2000.00"), null, null);
        runAsyncJobs(id);
        // a later phase moves the status on (e.g. to a payment status); the notice job may run again after a failure
        jdbc.sql("UPDATE grant_application SET status = 'DECISION' WHERE id = ?").param(id).update();
        try {
            context.getBean(GrantReviewTasks.class).issueNotice(id, "APPROVAL");
        } finally {
            jdbc.sql("UPDATE grant_application SET status = 'APPROVED' WHERE id = ?").param(id).update();
        }
        as("anna@example.org");
        // the retry neither fails nor writes a second letter
        assertThat(applicantCases.notices(id)).extracting(NoticeFile::kind).containsExactly("APPROVAL");
    }
}
