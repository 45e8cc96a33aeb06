package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The officers' use cases of the review under one name for the tests, which walk a case through
 * several steps; each call goes straight to the use-case class the pages call.
 */
public class ReviewActions {

    private final InboxQueries inboxQueries;
    private final TaskPages taskPages;
    private final TaskAssignment assignment;
    private final FormalChecks formalChecks;
    private final ContentReviewing contentReviewing;
    private final Deciding deciding;
    private final CaseFiles caseFiles;
    private final CaseNotes caseNotes;
    private final CaseHistory caseHistory;

    public ReviewActions(ApplicationContext context) {
        inboxQueries = context.getBean(InboxQueries.class);
        taskPages = context.getBean(TaskPages.class);
        assignment = context.getBean(TaskAssignment.class);
        formalChecks = context.getBean(FormalChecks.class);
        contentReviewing = context.getBean(ContentReviewing.class);
        deciding = context.getBean(Deciding.class);
        caseFiles = context.getBean(CaseFiles.class);
        caseNotes = context.getBean(CaseNotes.class);
        caseHistory = context.getBean(CaseHistory.class);
    }

    public List<InboxItem> inbox() {
        return inboxQueries.inbox();
    }

    public List<InboxItem> inbox(InboxQuery query, int offset, int limit) {
        return inboxQueries.inbox(query, offset, limit);
    }

    public Map<InboxQuery.Tab, Long> inboxCounts(InboxQuery query) {
        return inboxQueries.inboxCounts(query);
    }

    public long inboxCount(InboxQuery query) {
        return inboxQueries.inboxCount(query);
    }

    public TaskDetails task(String taskId) {
        return taskPages.task(taskId);
    }

    public BudgetSituation budget(long programmeId) {
        return taskPages.budget(programmeId);
    }

    public void claim(String taskId) {
        assignment.claim(taskId);
    }

    public void unclaim(String taskId) {
        assignment.unclaim(taskId);
    }

    public List<Colleague> colleaguesFor(String taskId) {
        return assignment.colleaguesFor(taskId);
    }

    public void handOver(String taskId, long colleagueId, String note) {
        assignment.handOver(taskId, colleagueId, note);
    }

    public void completeFormalCheck(
            String taskId, FormalCheckOutcome outcome, String note, String question, boolean allowEdit) {
        formalChecks.complete(taskId, outcome, note, question, allowEdit);
    }

    public void completeContentReview(
            String taskId, Map<String, Integer> scores, String recommendation, BigDecimal proposed, String note) {
        contentReviewing.complete(taskId, scores, recommendation, proposed, note);
    }

    public void decide(String taskId, boolean approve, BigDecimal amount, String conditions, String reason) {
        deciding.decide(taskId, approve, amount, conditions, reason);
    }

    public void referToHead(String taskId, String reason) {
        deciding.referToHead(taskId, reason);
    }

    public CaseFile caseFile(long applicationId) {
        return caseFiles.caseFile(applicationId);
    }

    public void comment(long applicationId, String text) {
        caseNotes.comment(applicationId, text);
    }

    public void messageApplicant(long applicationId, String text) {
        caseNotes.messageApplicant(applicationId, text);
    }

    public byte[] diagram(long applicationId) {
        return caseHistory.diagram(applicationId);
    }

    public List<ReviewStep> history(long applicationId) {
        return caseHistory.history(applicationId);
    }
}
