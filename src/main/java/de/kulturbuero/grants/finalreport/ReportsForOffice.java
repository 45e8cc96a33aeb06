package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.finalreport.domain.ReportRows;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of the final report, for the review module's check: read the submitted
 * content, reopen it for corrections and close it again, open the hearing before a reclaim.
 * Called only inside the review's transactions (its use cases check the officer; engine jobs run
 * without one), so no {@code @PreAuthorize} here.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReportsForOffice {

    private final ReportRows rows;
    private final Clock clock;

    ReportsForOffice(ReportRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The report's content as the recipient submitted it; empty when there is no report. */
    public Optional<ReportDraft> content(long applicationId) {
        return rows.find(applicationId).map(h -> rows.load(applicationId));
    }

    /** What the office asked for on the report page, and the recipient's hearing response. */
    public OfficeRequests requests(long applicationId) {
        return rows.officeRequests(applicationId);
    }

    /**
     * Reopens the submitted report for the recipient's corrections with the office's text and a
     * reply deadline. False when it is not submitted (already reopened, or still a draft).
     */
    public boolean reopen(long applicationId, String request, LocalDate due) {
        rows.lock(applicationId).orElseThrow(() -> new FinalReportRefused(FinalReports.NOT_AWARDED));
        return rows.reopen(applicationId, request, due, clock.instant());
    }

    /** The reply deadline passed without a resubmission: the report closes as last submitted. */
    public boolean closeCorrections(long applicationId) {
        rows.lock(applicationId).orElseThrow(() -> new FinalReportRefused(FinalReports.NOT_AWARDED));
        return rows.closeCorrections(applicationId);
    }

    /** Opens the hearing before a reclaim: the recipient may respond on the report page until {@code due}. */
    public void openHearing(long applicationId, LocalDate due) {
        rows.openHearing(applicationId, due);
    }

    /** The hearing's deadline passed: the report page no longer takes a response. */
    public void closeHearing(long applicationId) {
        rows.closeHearing(applicationId, clock.instant());
    }
}
