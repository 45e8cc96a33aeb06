package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.grantapplication.AttachmentService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * A draft is the applicant's private work: for an officer, a draft's id answers exactly like an
 * id that does not exist, in every service a case page or a crafted address reaches (ids are
 * sequential, so they could otherwise be probed). Submitted cases stay readable for every officer.
 */
class DraftPrivacyIT extends ReviewTestSupport {

    /** What an officer may try with an application id, each through the service the case view calls. */
    private Map<String, LongFunction<ThrowingCallable>> officerReads() {
        AttachmentService attachments = context.getBean(AttachmentService.class);
        Map<String, LongFunction<ThrowingCallable>> reads = new LinkedHashMap<>();
        reads.put("case file", id -> () -> reviews.caseFile(id));
        reads.put("comment", id -> () -> reviews.comment(id, "Looks incomplete."));
        reads.put("message", id -> () -> reviews.messageApplicant(id, "Please add the budget."));
        reads.put("diagram", id -> () -> reviews.diagram(id));
        reads.put("history", id -> () -> reviews.history(id));
        reads.put("application", id -> () -> applications.get(id));
        reads.put("content", id -> () -> applications.draft(id));
        reads.put("attachments", id -> () -> attachments.list(id));
        reads.put("attachment download", id -> () -> attachments.download(id, 1));
        reads.put("conversation", id -> () -> applicantCases.conversation(id));
        reads.put("notices", id -> () -> applicantCases.notices(id));
        return reads;
    }

    @Test
    void an_officer_gets_the_same_not_found_for_a_draft_as_for_an_id_that_does_not_exist() {
        as("anna@example.org");
        long draft = applications.createDraft(programmeId(PROGRAMME_NS));
        long missing = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 100000 FROM grant_application")
                .query(Long.class)
                .single();

        for (String officer : new String[] {"clara@example.org", "rita@example.org", "hanna@example.org"}) {
            as(officer);
            officerReads().forEach((what, read) -> {
                String draftAnswer = refusal(read.apply(draft), officer + " / " + what + " of a draft");
                String missingAnswer = refusal(read.apply(missing), officer + " / " + what + " of a missing id");
                assertThat(draftAnswer)
                        .as("%s: a draft answers like a missing id", what)
                        .isEqualTo(missingAnswer);
            });
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_comment WHERE application_id = ?")
                        .param(draft)
                        .query(Long.class)
                        .single())
                .as("no comment was stored on the draft")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application_message WHERE application_id = ?")
                        .param(draft)
                        .query(Long.class)
                        .single())
                .as("no message was stored on the draft")
                .isZero();

        as("anna@example.org");
        assertThat(applications.draft(draft).getProgrammeId())
                .as("the applicant still reads her own draft")
                .isEqualTo(programmeId(PROGRAMME_NS));
    }

    @Test
    void once_submitted_the_case_is_readable_for_every_officer() {
        long submitted = submit("1500.00");
        for (String officer : new String[] {"clara@example.org", "rita@example.org", "hanna@example.org"}) {
            as(officer);
            assertThat(reviews.caseFile(submitted).application().referenceNumber())
                    .isNotNull();
            assertThat(applications.draft(submitted).getTitle()).startsWith("Klimapartnerschaft");
        }
    }

    private static String refusal(ThrowingCallable call, String what) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(call).as(what).isInstanceOfSatisfying(AccessDeniedException.class, e -> thrown[0] = e);
        return thrown[0].getClass().getName() + ": " + thrown[0].getMessage();
    }
}
