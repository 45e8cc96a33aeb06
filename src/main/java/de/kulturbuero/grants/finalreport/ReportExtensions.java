package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.finalreport.domain.ExtensionRows;
import de.kulturbuero.grants.finalreport.domain.ReportRows;
import de.kulturbuero.grants.grantapplication.ApplicationGate;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.payment.ReportDeadline;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient asks for more time for the final report: a wished due date (after the current one,
 * at most {@code grants.report.extension-max-months} later) and a reason, one request at a time,
 * before the report is submitted. The clerk decides in the award's process ({@link
 * ReportExtensionProcessing}). Only the applicant of the application.
 */
@Service
public class ReportExtensions {

    /** What the report page shows and offers. */
    public record Overview(
            LocalDate currentDue, LocalDate latestAllowed, boolean mayRequest, List<ReportExtension> requests) {}

    private final ApplicationGate gate;
    private final ReportRows reports;
    private final ExtensionRows rows;
    private final ReportDeadline deadline;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxMonths;

    ReportExtensions(
            ApplicationGate gate,
            ReportRows reports,
            ExtensionRows rows,
            ReportDeadline deadline,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${grants.report.extension-max-months:6}") int maxMonths) {
        if (maxMonths < 1) {
            throw new IllegalStateException("grants.report.extension-max-months must be at least 1");
        }
        this.gate = gate;
        this.reports = reports;
        this.rows = rows;
        this.deadline = deadline;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.maxMonths = maxMonths;
    }

    /** The current due date, the latest date a request may ask for, and every request so far. */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional(readOnly = true)
    public Overview overview(long applicationId) {
        ApplicationSummary application = gate.own(applicationId);
        LocalDate due = deadline.dueOn(applicationId, application.endDate());
        List<ReportExtension> requests = rows.of(applicationId);
        boolean submitted =
                reports.find(applicationId).map(ReportRows.Header::isSubmitted).orElse(true);
        boolean open = requests.stream().anyMatch(ReportExtension::isOpen);
        return new Overview(
                due,
                due == null ? null : ExtensionRules.latest(due, maxMonths),
                due != null && !submitted && !open,
                requests);
    }

    /**
     * Asks for the due date {@code wished}; checked again under the report's row lock, so two tabs
     * cannot open two requests. The award's process takes the request up in this transaction
     * ({@link ReportExtensionRequested}); when it does not wait for the report (the notice is not
     * final yet) the request is refused and nothing is stored.
     *
     * @throws FinalReportRefused with the problems (nothing stored), {@link FinalReportRefused#SUBMITTED}
     *     once the report is submitted
     */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional
    public ReportExtension request(long applicationId, LocalDate wished, String reason) {
        ApplicationSummary application = gate.own(applicationId);
        long by = currentUser.require().accountId();
        ReportRows.Header header =
                reports.lock(applicationId).orElseThrow(() -> new FinalReportRefused(FinalReports.NOT_AWARDED));
        if (header.isSubmitted()) {
            throw new FinalReportRefused(FinalReportRefused.SUBMITTED);
        }
        LocalDate due = deadline.dueOn(applicationId, application.endDate());
        List<ReportProblem> problems = ExtensionRules.checkRequest(
                due, wished, reason, maxMonths, rows.open(applicationId).isPresent());
        if (!problems.isEmpty()) {
            throw new FinalReportRefused(problems);
        }
        long id = rows.insert(applicationId, due, wished, reason.strip(), by, clock.instant());
        events.publishEvent(new ReportExtensionRequested(applicationId, id, by));
        return rows.open(applicationId).orElseThrow();
    }
}
