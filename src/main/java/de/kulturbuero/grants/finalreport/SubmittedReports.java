package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.finalreport.domain.ExtensionRows;
import de.kulturbuero.grants.finalreport.domain.ReportRows;
import de.kulturbuero.grants.grantapplication.ApplicationGate;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.payment.ReportDeadline;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Countries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final report as the office reads it: only once it is submitted (a draft is the recipient's
 * alone, as an application's draft is), with the requests for more time at any stage. Officers
 * only, and only for an application they may read.
 */
@Service
public class SubmittedReports {

    /**
     * What the case view shows.
     *
     * @param content the submitted report; null before the submission
     * @param partnerCity the partner city the partner participants came from, named; null when none
     */
    public record OfficeView(
            ApplicationSummary application,
            LocalDate dueDate,
            Instant submittedAt,
            boolean hasReceipt,
            ReportDraft content,
            String partnerCity,
            List<ReportExtension> extensions) {

        public boolean isSubmitted() {
            return content != null;
        }
    }

    private final ApplicationGate gate;
    private final ReportRows rows;
    private final ExtensionRows extensions;
    private final ReportDeadline deadline;
    private final ProgrammeService programmes;

    SubmittedReports(
            ApplicationGate gate,
            ReportRows rows,
            ExtensionRows extensions,
            ReportDeadline deadline,
            ProgrammeService programmes) {
        this.gate = gate;
        this.rows = rows;
        this.extensions = extensions;
        this.deadline = deadline;
        this.programmes = programmes;
    }

    /** The report of the case; empty when the recipient has not opened one. */
    @PreAuthorize(Roles.ANY_OFFICER)
    @Transactional(readOnly = true)
    public Optional<OfficeView> of(long applicationId, Locale locale) {
        ApplicationSummary application = gate.readable(applicationId);
        Optional<ReportRows.Header> header = rows.find(applicationId);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        boolean submitted = header.get().isSubmitted();
        ReportDraft content = submitted ? rows.load(applicationId) : null;
        String city = content == null
                ? null
                : Optional.ofNullable(content.getPartnerCityId())
                        .flatMap(programmes::partnerCity)
                        .map(c -> c.name() + " (" + Countries.display(c.country(), locale) + ")")
                        .orElse(null);
        return Optional.of(new OfficeView(
                application,
                deadline.dueOn(applicationId, application.endDate()),
                header.get().submittedAt(),
                submitted && header.get().hasPdf(),
                content,
                city,
                extensions.of(applicationId)));
    }

    /** The receipt PDF of the submitted report, for an officer who may read the case; empty before the submission. */
    @PreAuthorize(Roles.ANY_OFFICER)
    @Transactional(readOnly = true)
    public Optional<byte[]> receipt(long applicationId) {
        gate.readable(applicationId);
        return rows.pdf(applicationId);
    }
}
