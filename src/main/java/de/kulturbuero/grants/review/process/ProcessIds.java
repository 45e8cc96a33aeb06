package de.kulturbuero.grants.review.process;

import java.util.List;

/** Every BPMN id and variable name of the files in processes/, in one place. */
public final class ProcessIds {

    public static final String PROCESS = "grant-application";

    public static final String START = "StartEvent_ApplicationSubmitted";
    public static final String TASK_FORMAL_CHECK = "Task_FormalCheck";
    public static final String RECEIVE_INQUIRY_ANSWER = "Receive_InquiryAnswer";
    public static final String TASK_CONTENT_REVIEW = "Task_ContentReview";
    public static final String TASK_ROUTE_DECISION = "Task_RouteDecision";
    public static final String TASK_DECISION_REVIEWER = "Task_DecisionReviewer";
    public static final String TASK_DECISION_HEAD = "Task_DecisionHead";
    public static final String GATEWAY_REVIEWER_OUTCOME = "Gateway_ReviewerOutcome";
    public static final String FLOW_REFERRED_TO_HEAD = "Flow_ReferredToHead";
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String TASK_SEND_INQUIRY = "Task_SendInquiry";
    public static final String TASK_ESCALATE = "Task_Escalate";
    public static final String TASK_APPROVAL_NOTICE = "Task_ApprovalNotice";
    public static final String TASK_REJECTION_NOTICE = "Task_RejectionNotice";
    public static final String TASK_INELIGIBLE_NOTICE = "Task_IneligibleNotice";

    public static final String TIMER_REPLY_REMINDER = "Timer_ReplyReminder";
    public static final String TIMER_REPLY_OVERDUE = "Timer_ReplyOverdue";
    public static final String TIMER_FORMAL_CHECK_OVERDUE = "Timer_FormalCheckOverdue";
    public static final String TIMER_CONTENT_REVIEW_OVERDUE = "Timer_ContentReviewOverdue";
    public static final String TIMER_DECISION_REVIEWER_OVERDUE = "Timer_DecisionReviewerOverdue";
    public static final String TIMER_DECISION_HEAD_OVERDUE = "Timer_DecisionHeadOverdue";

    public static final String END_APPROVED = "EndEvent_Approved";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_INELIGIBLE = "EndEvent_Ineligible";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String END_REMINDER_SENT = "EndEvent_ReminderSent";
    public static final String END_ESCALATED = "EndEvent_Escalated";

    /** Message name (not id) of the withdrawal event sub-process's start event. */
    public static final String MESSAGE_WITHDRAWAL = "withdrawalRequested";

    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_REFERENCE_NUMBER = "referenceNumber";
    public static final String VAR_PROGRAMME_ID = "programmeId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    /** COMPLETE, INQUIRY or INELIGIBLE. */
    public static final String VAR_FORMAL_CHECK_OUTCOME = "formalCheckOutcome";

    public static final String VAR_FORMAL_CHECK_BY = "formalCheckBy";
    /** User id of the clerk who asked the latest follow-up question: the formal check returns to them. */
    public static final String VAR_INQUIRY_BY = "inquiryBy";

    public static final String VAR_CONTENT_REVIEW_BY = "contentReviewBy";
    /** REVIEWER or HEAD, computed by GrantReviewTasks.decisionLevel from the threshold of the application's rules version. */
    public static final String VAR_DECISION_LEVEL = "decisionLevel";

    public static final String VAR_APPROVED = "approved";
    public static final String VAR_DECIDED_BY = "decidedBy";
    /** Set by the reviewer's decision: true sends the case up to Task_DecisionHead instead of deciding it. */
    public static final String VAR_REFERRED_TO_HEAD = "referredToHead";

    public static final String OUTCOME_COMPLETE = "COMPLETE";
    public static final String OUTCOME_INQUIRY = "INQUIRY";
    public static final String OUTCOME_INELIGIBLE = "INELIGIBLE";

    public static final String TASK_OPEN_AWARD = "Task_OpenAward";

    // processes/grant-award.bpmn20.xml
    public static final String AWARD_PROCESS = "grant-award";
    public static final String TIMER_FINALITY = "Timer_Finality";
    public static final String CATCH_APPEAL_WAIVED = "Catch_AppealWaived";
    public static final String TASK_BECOME_FINAL = "Task_BecomeFinal";
    public static final String FLOW_FINAL_BY_TIMER = "Flow_FinalByTimer";
    public static final String FLOW_FINAL_BY_WAIVER = "Flow_FinalByWaiver";
    public static final String RECEIVE_FINAL_REPORT = "Receive_FinalReport";
    public static final String TASK_CONFIRM_BANK_DETAILS = "Task_ConfirmBankDetails";
    public static final String TIMER_REPORT_REMINDER = "Timer_ReportReminder";
    public static final String TIMER_REPORT_DUE = "Timer_ReportDue";
    public static final String TIMER_REPORT_OVERDUE = "Timer_ReportOverdue";
    public static final String TASK_REMIND_REPORT = "Task_RemindReport";
    public static final String TASK_REPORT_DUE_MAIL = "Task_ReportDueMail";
    public static final String TASK_FOLLOW_UP_REPORT = "Task_FollowUpReport";
    /** The award's call of 'grant-settlement' once the report is in. */
    public static final String CALL_CHECK_REPORT = "Call_CheckReport";

    public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";
    /** Message names (not ids) of the award's catch event and event sub-process. */
    public static final String MESSAGE_APPEAL_WAIVED = "appealWaived";

    public static final String MESSAGE_BANK_DETAILS_CHANGED = "bankDetailsChanged";

    // the final report's extension in processes/grant-award.bpmn20.xml
    public static final String BOUNDARY_EXTENSION_REQUESTED = "Boundary_ExtensionRequested";
    public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String GATEWAY_EXTENSION_GRANTED = "Gateway_ExtensionGranted";
    public static final String TASK_EXTENSION_GRANTED_MAIL = "Task_ExtensionGrantedMail";
    public static final String TASK_EXTENSION_REFUSED_MAIL = "Task_ExtensionRefusedMail";
    public static final String END_EXTENSION_GRANTED = "EndEvent_ExtensionGranted";
    public static final String END_EXTENSION_REFUSED = "EndEvent_ExtensionRefused";
    public static final String BOUNDARY_DEADLINE_MOVED = "Boundary_DeadlineMoved";
    /** Message names (not ids): the recipient asked for more time; a granted extension moved the due date. */
    public static final String MESSAGE_EXTENSION_REQUESTED = "reportExtensionRequested";

    public static final String MESSAGE_DEADLINE_MOVED = "reportDeadlineMoved";
    /** Set by the clerk's decision on Task_DecideExtension. */
    public static final String VAR_EXTENSION_GRANTED = "extensionGranted";

    // processes/grant-payment.bpmn20.xml
    public static final String PAYMENT_PROCESS = "grant-payment";
    public static final String TASK_CHECK_PAYMENT = "Task_CheckPayment";
    public static final String TASK_ORDER_PAYMENT = "Task_OrderPayment";
    public static final String RECEIVE_PAYMENT_EXECUTED = "Receive_PaymentExecuted";
    public static final String END_PAYMENT_PAID = "EndEvent_PaymentPaid";
    public static final String END_PAYMENT_REFUSED = "EndEvent_PaymentRefused";
    public static final String VAR_PAYMENT_ID = "paymentId";
    public static final String VAR_PAYMENT_CHECKED = "paymentChecked";
    /** User id of the officer who checked the payment: the order is never offered to them. */
    public static final String VAR_PAYMENT_CHECKED_BY = "paymentCheckedBy";

    public static final String VAR_PAYMENT_ORDERED = "paymentOrdered";

    // processes/grant-settlement.bpmn20.xml
    public static final String SETTLEMENT_PROCESS = "grant-settlement";
    public static final String TASK_QUICK_CHECK = "Task_QuickCheck";
    public static final String RECEIVE_CORRECTIONS = "Receive_Corrections";
    public static final String TIMER_CORRECTIONS_DUE = "Timer_CorrectionsDue";
    public static final String TASK_DECIDE_DEPTH = "Task_DecideDepth";
    public static final String TASK_CHECK_REPORT = "Task_CheckReport";
    public static final String TASK_CONFIRM_RECLAIM = "Task_ConfirmReclaim";
    public static final String TASK_SETTLE = "Task_Settle";
    public static final String RECEIVE_SETTLEMENT_PAID = "Receive_SettlementPaid";
    public static final String TASK_HEARING_LETTER = "Task_HearingLetter";
    public static final String RECEIVE_HEARING_RESPONSE = "Receive_HearingResponse";
    public static final String TIMER_HEARING_DEADLINE = "Timer_HearingDeadline";
    public static final String TASK_DECIDE_RECLAIM = "Task_DecideReclaim";
    public static final String TASK_RECLAIM_NOTICE = "Task_ReclaimNotice";
    public static final String TASK_CONFIRM_REPAYMENT = "Task_ConfirmRepayment";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String END_SETTLEMENT_CLOSED = "EndEvent_SettlementClosed";
    public static final String FLOW_NOTHING_TO_PAY = "Flow_NothingToPay";
    public static final String FLOW_REST_TO_PAY = "Flow_RestToPay";
    public static final String FLOW_RECLAIM_SENT_BACK = "Flow_ReclaimSentBack";
    /** GO_ON or CORRECTIONS. */
    public static final String VAR_QUICK_CHECK_OUTCOME = "quickCheckOutcome";

    public static final String OUTCOME_GO_ON = "GO_ON";
    public static final String OUTCOME_CORRECTIONS = "CORRECTIONS";
    /** Set by Task_DecideDepth: whether the recognised amounts are checked receipt by receipt. */
    public static final String VAR_IN_DEPTH = "inDepth";
    /** ACCEPT or RECLAIM, from the check's settlement. */
    public static final String VAR_CHECK_OUTCOME = "checkOutcome";

    public static final String OUTCOME_ACCEPT = "ACCEPT";
    public static final String OUTCOME_RECLAIM = "RECLAIM";
    /** Account id of the officer who did the check: the reclaim's confirmation is never offered to them. */
    public static final String VAR_CHECKED_BY = "checkedBy";

    public static final String VAR_RECLAIM_CONFIRMED = "reclaimConfirmed";
    /** The payment of the rest after an accepted check (Task_Settle); null when nothing is to pay. */
    public static final String VAR_SETTLEMENT_PAYMENT_ID = "settlementPaymentId";

    /** The processes of one application, in the order they start. */
    public static final List<String> PROCESSES = List.of(PROCESS, AWARD_PROCESS, PAYMENT_PROCESS, SETTLEMENT_PROCESS);

    private ProcessIds() {}
}
