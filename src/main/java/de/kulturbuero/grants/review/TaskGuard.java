package de.kulturbuero.grants.review;

import de.kulturbuero.grants.payment.PaymentRelease;
import de.kulturbuero.grants.review.domain.ContentReviews;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks the engine does not make, shared by every task use case: the officer holds one of
 * the task's candidate groups, holds the task (claiming it when free), and (four eyes) is not the
 * content reviewer of the case whose decision it is.
 */
@Component
class TaskGuard {

    static final int MAX_TEXT = 8000;

    private final GrantReviewProcess process;
    private final CurrentUser currentUser;
    private final ContentReviews contentReviews;

    private final PaymentRelease payments;
    private final ReportCheckRows reportChecks;

    TaskGuard(
            GrantReviewProcess process,
            CurrentUser currentUser,
            ContentReviews contentReviews,
            PaymentRelease payments,
            ReportCheckRows reportChecks) {
        this.process = process;
        this.currentUser = currentUser;
        this.contentReviews = contentReviews;
        this.payments = payments;
        this.reportChecks = reportChecks;
    }

    /** The open task, or a translated refusal when it is gone (completed by someone else, withdrawn). */
    OpenTask open(String taskId) {
        return process.task(taskId).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
    }

    /** The open task, when the current officer holds one of its candidate groups. */
    OpenTask actionable(String taskId) {
        OpenTask task = open(taskId);
        if (!holdsCandidateGroup(task)) {
            throw new AccessDeniedException("Not a candidate for task " + taskId);
        }
        return task;
    }

    /** The task, claimed for me if it was free; refused if another officer holds it or it is at another step. */
    OpenTask heldByMe(String taskId, Set<String> expectedSteps) {
        return heldByMe(actionable(taskId), expectedSteps);
    }

    /** As {@link #heldByMe(String, Set)}, for a task already loaded through {@link #actionable}. */
    OpenTask heldByMe(OpenTask task, Set<String> expectedSteps) {
        PortalUser user = currentUser.require();
        String taskId = task.taskId();
        if (!expectedSteps.contains(task.step())) {
            throw new ReviewRefused("review.error.wrong-step");
        }
        if (task.assignee() == null) {
            if (!process.claim(taskId, user.userId())) {
                throw new ReviewRefused("review.error.already-claimed");
            }
        } else if (!task.assignee().equals(user.userId())) {
            throw new ReviewRefused("review.error.already-claimed");
        }
        return task;
    }

    boolean holdsCandidateGroup(OpenTask task) {
        Set<String> mine = new HashSet<>(currentUser.roles());
        mine.retainAll(task.candidateGroups());
        return !mine.isEmpty();
    }

    /**
     * Four eyes: the account that did the content review of the task's case, if the task is its
     * decision; the account that checked the payment, if the task is its order; the account that
     * checked the final report, if the task confirms the reclaim it proposed.
     */
    Long excludedAccount(OpenTask task) {
        if (ProcessIds.TASK_CONFIRM_RECLAIM.equals(task.step())) {
            return reportChecks
                    .check(task.applicationId())
                    .map(ReportCheck::checkedBy)
                    .orElse(null);
        }
        if (ProcessIds.TASK_ORDER_PAYMENT.equals(task.step()) && task.paymentId() != null) {
            return payments.payment(task.paymentId()).checkedBy();
        }
        if (!ProcessStep.isDecision(task.step())) {
            return null;
        }
        return contentReviews
                .latest(task.applicationId())
                .map(ContentReviews.Row::reviewerId)
                .orElse(null);
    }

    void refuseOwnReview(OpenTask task, long accountId, String messageKey) {
        if (Objects.equals(excludedAccount(task), accountId)) {
            throw new ReviewRefused(messageKey);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The text without surrounding blanks, refused when longer than the portal keeps. */
    static String limit(String s) {
        String stripped = s.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new ReviewRefused("review.error.text-too-long");
        }
        return stripped;
    }
}
