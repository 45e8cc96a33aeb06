package de.kulturbuero.grants.review;

import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.Roles;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the review process that the rest of the portal needs to know: one entry per BPMN
 * element of {@code processes/} that a page, a rule or a letter refers to. The BPMN stays the
 * truth for the order of the steps; this catalogue is the truth for their ids, who works on them
 * and what kind they are, so that no page copies an engine id. ProcessStepCatalogueTest reads the
 * BPMN files and fails when a user task has no entry, or an entry no element.
 */
public enum ProcessStep {
    FORMAL_CHECK(ProcessIds.TASK_FORMAL_CHECK, Kind.USER_TASK, Roles.CLERK, false),
    INQUIRY_ANSWER(ProcessIds.RECEIVE_INQUIRY_ANSWER, Kind.WAIT, null, false),
    CONTENT_REVIEW(ProcessIds.TASK_CONTENT_REVIEW, Kind.USER_TASK, Roles.REVIEWER, false),
    DECISION_REVIEWER(ProcessIds.TASK_DECISION_REVIEWER, Kind.USER_TASK, Roles.REVIEWER, true),
    DECISION_HEAD(ProcessIds.TASK_DECISION_HEAD, Kind.USER_TASK, Roles.HEAD, true),
    APPROVAL_NOTICE(ProcessIds.TASK_APPROVAL_NOTICE, Kind.NOTICE, null, false),
    REJECTION_NOTICE(ProcessIds.TASK_REJECTION_NOTICE, Kind.NOTICE, null, false),
    INELIGIBILITY_NOTICE(ProcessIds.TASK_INELIGIBLE_NOTICE, Kind.NOTICE, null, false),
    REPLY_REMINDER(ProcessIds.TIMER_REPLY_REMINDER, Kind.TIMER, null, false),
    REPLY_OVERDUE(ProcessIds.TIMER_REPLY_OVERDUE, Kind.TIMER, null, false),
    FORMAL_CHECK_OVERDUE(ProcessIds.TIMER_FORMAL_CHECK_OVERDUE, Kind.TIMER, null, false),
    CONTENT_REVIEW_OVERDUE(ProcessIds.TIMER_CONTENT_REVIEW_OVERDUE, Kind.TIMER, null, false),
    DECISION_REVIEWER_OVERDUE(ProcessIds.TIMER_DECISION_REVIEWER_OVERDUE, Kind.TIMER, null, false),
    DECISION_HEAD_OVERDUE(ProcessIds.TIMER_DECISION_HEAD_OVERDUE, Kind.TIMER, null, false),
    FINALITY(ProcessIds.TIMER_FINALITY, Kind.TIMER, null, false),
    APPEAL_WAIVED(ProcessIds.CATCH_APPEAL_WAIVED, Kind.WAIT, null, false),
    FINAL_REPORT(ProcessIds.RECEIVE_FINAL_REPORT, Kind.WAIT, null, false),
    REPORT_REMINDER(ProcessIds.TIMER_REPORT_REMINDER, Kind.TIMER, null, false),
    REPORT_DUE(ProcessIds.TIMER_REPORT_DUE, Kind.TIMER, null, false),
    REPORT_OVERDUE(ProcessIds.TIMER_REPORT_OVERDUE, Kind.TIMER, null, false),
    FOLLOW_UP_REPORT(ProcessIds.TASK_FOLLOW_UP_REPORT, Kind.USER_TASK, Roles.CLERK, false),
    DECIDE_EXTENSION(ProcessIds.TASK_DECIDE_EXTENSION, Kind.USER_TASK, Roles.CLERK, false),
    CONFIRM_BANK_DETAILS(ProcessIds.TASK_CONFIRM_BANK_DETAILS, Kind.USER_TASK, Roles.CLERK, false),
    CHECK_PAYMENT(ProcessIds.TASK_CHECK_PAYMENT, Kind.USER_TASK, Roles.CLERK, false),
    ORDER_PAYMENT(ProcessIds.TASK_ORDER_PAYMENT, Kind.USER_TASK, Roles.FINANCE, false),
    PAYMENT_EXECUTED(ProcessIds.RECEIVE_PAYMENT_EXECUTED, Kind.WAIT, null, false),
    QUICK_CHECK(ProcessIds.TASK_QUICK_CHECK, Kind.USER_TASK, Roles.CLERK, false),
    CORRECTIONS(ProcessIds.RECEIVE_CORRECTIONS, Kind.WAIT, null, false),
    CORRECTIONS_DUE(ProcessIds.TIMER_CORRECTIONS_DUE, Kind.TIMER, null, false),
    CHECK_REPORT(ProcessIds.TASK_CHECK_REPORT, Kind.USER_TASK, Roles.CLERK, false),
    CONFIRM_RECLAIM(ProcessIds.TASK_CONFIRM_RECLAIM, Kind.USER_TASK, Roles.CLERK, false),
    SETTLEMENT_PAID(ProcessIds.RECEIVE_SETTLEMENT_PAID, Kind.WAIT, null, false),
    HEARING_LETTER(ProcessIds.TASK_HEARING_LETTER, Kind.NOTICE, null, false),
    HEARING_RESPONSE(ProcessIds.RECEIVE_HEARING_RESPONSE, Kind.WAIT, null, false),
    HEARING_DEADLINE(ProcessIds.TIMER_HEARING_DEADLINE, Kind.TIMER, null, false),
    DECIDE_RECLAIM(ProcessIds.TASK_DECIDE_RECLAIM, Kind.USER_TASK, Roles.CLERK, false),
    RECLAIM_NOTICE(ProcessIds.TASK_RECLAIM_NOTICE, Kind.NOTICE, null, false),
    CONFIRM_REPAYMENT(ProcessIds.TASK_CONFIRM_REPAYMENT, Kind.USER_TASK, Roles.FINANCE, false);

    /** What an element is to the portal. */
    public enum Kind {
        /** An officer's task in the inbox ({@code userTask} with one candidate group). */
        USER_TASK,
        /** The process waits for the applicant or a payment run ({@code receiveTask}, message catch event). */
        WAIT,
        /** An asynchronous step that writes a notice letter ({@code serviceTask}). */
        NOTICE,
        /** A deadline, reminder or period ({@code boundaryEvent} or catch event with a timer). */
        TIMER
    }

    private final String id;
    private final Kind kind;
    private final String candidateRole;
    private final boolean decision;

    ProcessStep(String id, Kind kind, String candidateRole, boolean decision) {
        this.id = id;
        this.kind = kind;
        this.candidateRole = candidateRole;
        this.decision = decision;
    }

    /** The BPMN element id (task definition key for user tasks). */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The role that works on a user task (its BPMN candidate group); empty for other kinds. */
    public Optional<String> candidateRole() {
        return Optional.ofNullable(candidateRole);
    }

    /** A user task whose completion decides the application (approve or reject). */
    public boolean isDecision() {
        return decision;
    }

    /** The text key of the step's name ({@code review.step.<id>}), shared with the history. */
    public String messageKey() {
        return "review.step." + id;
    }

    public static Optional<ProcessStep> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The officers' tasks, in process order: the inbox's step filter offers these. */
    public static List<ProcessStep> userTasks() {
        return Arrays.stream(values()).filter(s -> s.kind == Kind.USER_TASK).toList();
    }

    /** Whether the element id belongs to a deciding user task. */
    public static boolean isDecision(String id) {
        return byId(id).map(ProcessStep::isDecision).orElse(false);
    }
}
