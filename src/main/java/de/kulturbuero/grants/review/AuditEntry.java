package de.kulturbuero.grants.review;

import java.time.Instant;

/** One line of a case's audit log: what was done ({@code review.audit.<action>}), by whom (null: the process), when. */
public record AuditEntry(String action, String actorName, Instant at, String detail) {

    public String messageKey() {
        return "review.audit." + action;
    }
}
