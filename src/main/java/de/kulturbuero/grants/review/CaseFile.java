package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.CaseMessage;
import de.kulturbuero.grants.grantapplication.NoticeFile;
import java.util.List;

/** Everything the officers' case view shows about one application. */
public record CaseFile(
        ApplicationSummary application,
        String partnerCity,
        String conditions,
        String withdrawalReason,
        List<CaseMessage> conversation,
        List<InternalComment> comments,
        List<AuditEntry> audit,
        List<ReviewStep> history,
        ContentReviewSummary contentReview,
        List<OpenStep> openTasks,
        List<NoticeFile> notices) {

    /** An open task of the case. */
    public record OpenStep(String taskId, String step, String assigneeName, boolean overdue) {}
}
