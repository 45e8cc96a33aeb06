package de.kulturbuero.grants.payment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Implemented by the module that keeps the granted extensions of a final report's due date (the
 * final report's own module); {@link ReportDeadline} finds the implementation as a bean and so
 * never depends on that module.
 */
public interface ReportDueDateExtensions {

    /** The latest due date granted for the application's report; empty when none was granted. */
    Optional<LocalDate> extendedDueDate(long applicationId);
}
