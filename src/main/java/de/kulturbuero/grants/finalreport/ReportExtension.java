package de.kulturbuero.grants.finalreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to extend the final report's due date and, once the clerk decided, the decision.
 *
 * @param previousDueDate the due date when the request was made
 * @param requestedDate the due date the recipient asked for
 * @param grantedDate the new due date as granted (may differ from the requested one); null unless granted
 * @param refusalReason why the clerk refused; null unless refused
 */
public record ReportExtension(
        long id,
        long applicationId,
        LocalDate previousDueDate,
        LocalDate requestedDate,
        String reason,
        Status status,
        long requestedBy,
        Instant requestedAt,
        LocalDate grantedDate,
        String refusalReason,
        Long decidedBy,
        Instant decidedAt) {

    /** Where the request stands. */
    public enum Status {
        OPEN,
        GRANTED,
        REFUSED;

        public String messageKey() {
            return "finalreport.extension.status." + name();
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
