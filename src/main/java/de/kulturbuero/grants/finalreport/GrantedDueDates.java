package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.finalreport.domain.ExtensionRows;
import de.kulturbuero.grants.payment.ReportDueDateExtensions;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The granted extensions as the payment module's deadline rule reads them. */
@Component
class GrantedDueDates implements ReportDueDateExtensions {

    private final ExtensionRows rows;

    GrantedDueDates(ExtensionRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<LocalDate> extendedDueDate(long applicationId) {
        return rows.latestGranted(applicationId);
    }
}
