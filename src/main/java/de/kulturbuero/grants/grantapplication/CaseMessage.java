package de.kulturbuero.grants.grantapplication;

import java.time.Instant;

/**
 * One entry of the conversation between the office and the applicant: a follow-up question
 * ({@code inquiry = true}, with reply deadline and the applicant's answer) or a message to the
 * applicant. Internal comments of the officers are not here (they live in the review module).
 */
public record CaseMessage(
        long id,
        boolean inquiry,
        String text,
        String authorName,
        Instant createdAt,
        Instant replyDueAt,
        boolean editAllowed,
        String answer,
        Instant answeredAt,
        String closedReason) {

    /** An open follow-up question waits for the applicant's answer. */
    public boolean open() {
        return inquiry && closedReason == null;
    }
}
