package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The audit log names steps and outcomes as people read them, never by their engine ids or codes. */
class AuditEntryTest {

    /** Stands in for the bundle: shows which key was asked for. */
    private static final BiFunction<String, Object[], String> KEYS = (key, args) -> "<" + key + ">";

    private static String detail(String action, String detail, Locale locale) {
        return new AuditEntry(action, "Clara", Instant.EPOCH, detail).detailText(KEYS, locale);
    }

    @Test
    void a_claim_an_unclaim_and_an_escalation_name_the_step_not_its_engine_id() {
        assertThat(detail("CLAIM", "Task_FormalCheck", Locale.GERMAN)).isEqualTo("<review.step.Task_FormalCheck>");
        assertThat(detail("UNCLAIM", "Task_DecisionHead", Locale.GERMAN)).isEqualTo("<review.step.Task_DecisionHead>");
        assertThat(detail("ESCALATED", "Task_ContentReview", Locale.ENGLISH))
                .isEqualTo("<review.step.Task_ContentReview>");
    }

    @Test
    void outcomes_are_labelled_and_amounts_are_money_in_the_readers_language() {
        assertThat(detail("FORMAL_CHECK", "COMPLETE", Locale.GERMAN)).isEqualTo("<review.formal.outcome.COMPLETE>");
        assertThat(detail("CONTENT_REVIEW", "APPROVE 2500.00", Locale.GERMAN))
                .startsWith("<review.content.recommendation.APPROVE>, ")
                .contains("2.500,00");
        assertThat(detail("DECISION", "APPROVED 7000.50", Locale.ENGLISH))
                .startsWith("<grantapplication.status.APPROVED>, ")
                .contains("7,000.50");
        assertThat(detail("DECISION", "REJECTED", Locale.ENGLISH)).isEqualTo("<grantapplication.status.REJECTED>");
    }

    @Test
    void free_text_and_unknown_details_are_shown_as_written() {
        assertThat(detail("HAND_OVER", "Rolf Fachreferat: I am on leave", Locale.GERMAN))
                .isEqualTo("Rolf Fachreferat: I am on leave");
        assertThat(detail("COMMENT", null, Locale.GERMAN)).isEmpty();
        assertThat(detail("CLAIM", "something else", Locale.GERMAN)).isEqualTo("something else");
    }
}
