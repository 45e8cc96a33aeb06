package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.finalreport.domain.ExtensionRows;
import de.kulturbuero.grants.finalreport.domain.ReportRows;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.ReportDeadline;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of the extension requests, for the review's use cases and the award process's
 * steps: no {@code @PreAuthorize} here (asynchronous steps run without a user); the callers check
 * the officer's task and role first.
 */
@Service
public class ReportExtensionProcessing {

    private final ExtensionRows rows;
    private final ReportRows reports;
    private final ReportDeadline deadline;
    private final GrantApplicationProcessing applications;
    private final Clock clock;

    ReportExtensionProcessing(
            ExtensionRows rows,
            ReportRows reports,
            ReportDeadline deadline,
            GrantApplicationProcessing applications,
            Clock clock) {
        this.rows = rows;
        this.reports = reports;
        this.deadline = deadline;
        this.applications = applications;
        this.clock = clock;
    }

    /** Every request of the application, oldest first. */
    @Transactional(readOnly = true)
    public List<ReportExtension> all(long applicationId) {
        return rows.of(applicationId);
    }

    /** The request waiting for the clerk's decision. */
    @Transactional(readOnly = true)
    public Optional<ReportExtension> open(long applicationId) {
        return rows.open(applicationId);
    }

    /** The newest decided request (the decision's mail names it). */
    @Transactional(readOnly = true)
    public Optional<ReportExtension> latestDecided(long applicationId) {
        return rows.of(applicationId).stream().filter(e -> !e.isOpen()).reduce((a, b) -> b);
    }

    /** The due date the report has now (rule or extension). */
    @Transactional(readOnly = true)
    public LocalDate currentDue(long applicationId) {
        return deadline.dueOn(applicationId, applications.summary(applicationId).endDate());
    }

    /**
     * Grants the open request with the due date {@code granted} (the clerk may choose another date
     * than the wished one, but not one before the current due date); from now on it is the report's
     * due date. Runs in the caller's transaction, which also moves the award's timers.
     *
     * @throws FinalReportRefused with the problem, or when no request is open or the report was
     *     submitted meanwhile
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReportExtension grant(long applicationId, LocalDate granted, long by) {
        ReportExtension open = lockedOpen(applicationId);
        List<ReportProblem> problems = ExtensionRules.checkGrant(currentDue(applicationId), granted);
        if (!problems.isEmpty()) {
            throw new FinalReportRefused(problems);
        }
        if (!rows.grant(open.id(), granted, by, clock.instant())) {
            throw new FinalReportRefused("finalreport.extension.error.not-open");
        }
        return rows.of(applicationId).stream()
                .filter(e -> e.id() == open.id())
                .findFirst()
                .orElseThrow();
    }

    /**
     * Refuses the open request with a reason the recipient reads.
     *
     * @throws FinalReportRefused without a reason, or when no request is open
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReportExtension refuse(long applicationId, String reason, long by) {
        List<ReportProblem> problems = ExtensionRules.checkRefusal(reason);
        if (!problems.isEmpty()) {
            throw new FinalReportRefused(problems);
        }
        // a refusal stays possible after the report was handed in: it closes the clerk's task
        reports.lock(applicationId);
        ReportExtension open = rows.open(applicationId)
                .orElseThrow(() -> new FinalReportRefused("finalreport.extension.error.not-open"));
        if (!rows.refuse(open.id(), reason.strip(), by, clock.instant())) {
            throw new FinalReportRefused("finalreport.extension.error.not-open");
        }
        return rows.of(applicationId).stream()
                .filter(e -> e.id() == open.id())
                .findFirst()
                .orElseThrow();
    }

    private ReportExtension lockedOpen(long applicationId) {
        ReportRows.Header header =
                reports.lock(applicationId).orElseThrow(() -> new FinalReportRefused(FinalReports.NOT_AWARDED));
        if (header.isSubmitted()) {
            throw new FinalReportRefused("finalreport.extension.error.report-submitted");
        }
        return rows.open(applicationId)
                .orElseThrow(() -> new FinalReportRefused("finalreport.extension.error.not-open"));
    }
}
