package de.kulturbuero.grants.review.ui;

import de.kulturbuero.grants.finalreport.SubmittedReports;
import de.kulturbuero.grants.finalreport.ui.SubmittedReportSection;
import de.kulturbuero.grants.grantapplication.AttachmentService;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.ui.SubmittedApplication;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.AwardFiles;
import de.kulturbuero.grants.review.CaseFile;
import de.kulturbuero.grants.review.CaseFiles;
import de.kulturbuero.grants.review.CaseHistory;
import de.kulturbuero.grants.review.CaseNotes;
import org.springframework.stereotype.Component;

/**
 * The use cases behind the case panel, which the task page and the case page both show: one
 * bean, so that each page names only its own use cases.
 */
@Component
class CaseServices {

    final CaseFiles files;
    final CaseNotes notes;
    final CaseHistory history;
    final ProgrammeService programmes;
    final AwardFiles awards;
    private final GrantApplicationService applications;
    private final AttachmentService attachments;
    private final SubmittedReports reports;

    CaseServices(
            CaseFiles files,
            CaseNotes notes,
            CaseHistory history,
            ProgrammeService programmes,
            AwardFiles awards,
            GrantApplicationService applications,
            AttachmentService attachments,
            SubmittedReports reports) {
        this.files = files;
        this.notes = notes;
        this.history = history;
        this.programmes = programmes;
        this.awards = awards;
        this.applications = applications;
        this.attachments = attachments;
        this.reports = reports;
    }

    /** The final report as submitted (and the requests for more time), read-only. */
    SubmittedReportSection finalReport(long applicationId) {
        return new SubmittedReportSection(reports, applicationId);
    }

    /** The case panel for one case, with the whole application in the officers' wording. */
    CasePanel panel(CaseFile file) {
        long applicationId = file.application().id();
        return new CasePanel(
                this,
                file,
                new SubmittedApplication(
                        applications, programmes, attachments, applicationId, SubmittedApplication.Audience.OFFICER));
    }
}
