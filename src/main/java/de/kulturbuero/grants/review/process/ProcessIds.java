package de.kulturbuero.grants.review.process;

/** Every BPMN id and variable name of processes/grant-application.bpmn20.xml, in one place. */
public final class ProcessIds {

    public static final String PROCESS = "grant-application";

    public static final String TASK_FORMAL_CHECK = "Task_FormalCheck";
    public static final String TASK_DECISION = "Task_Decision";

    public static final String END_APPROVED = "EndEvent_Approved";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_REJECTED_INCOMPLETE = "EndEvent_RejectedIncomplete";

    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_REFERENCE_NUMBER = "referenceNumber";
    public static final String VAR_PROGRAMME_ID = "programmeId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_FORMAL_CHECK_COMPLETE = "formalCheckComplete";
    public static final String VAR_FORMAL_CHECK_BY = "formalCheckBy";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_DECIDED_BY = "decidedBy";

    private ProcessIds() {
    }
}
