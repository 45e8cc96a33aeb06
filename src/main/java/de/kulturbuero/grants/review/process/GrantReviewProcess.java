package de.kulturbuero.grants.review.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only class that talks to Flowable's runtime, task and history services. Methods speak the
 * domain's language; no engine type leaves this package. Authorisation is the caller's job
 * (the review's use cases through {@code TaskGuard}): Flowable itself does not check candidate groups.
 */
@Component
@Transactional
public class GrantReviewProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;

    GrantReviewProcess(
            RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
    }

    /** Starts the review of a submitted application; returns the process instance id. */
    public String start(long applicationId, String referenceNumber, long programmeId, String submittedBy) {
        ProcessInstance instance = runtime.createProcessInstanceBuilder()
                .processDefinitionKey(ProcessIds.PROCESS)
                .businessKey(referenceNumber)
                .variable(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .variable(ProcessIds.VAR_REFERENCE_NUMBER, referenceNumber)
                .variable(ProcessIds.VAR_PROGRAMME_ID, programmeId)
                .variable(ProcessIds.VAR_SUBMITTED_BY, submittedBy)
                .start();
        return instance.getId();
    }

    /** Opens the awarded grant's process (finality, bank details); returns its instance id. */
    public String startAward(long applicationId, String referenceNumber) {
        return runtime.createProcessInstanceBuilder()
                .processDefinitionKey(ProcessIds.AWARD_PROCESS)
                .businessKey(referenceNumber)
                .variable(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .variable(ProcessIds.VAR_REFERENCE_NUMBER, referenceNumber)
                .start()
                .getId();
    }

    /** Starts the release of one payment (check, order, run); returns its instance id. */
    public String startPayment(long applicationId, String referenceNumber, long paymentId) {
        return runtime.createProcessInstanceBuilder()
                .processDefinitionKey(ProcessIds.PAYMENT_PROCESS)
                .businessKey(referenceNumber)
                .variable(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .variable(ProcessIds.VAR_REFERENCE_NUMBER, referenceNumber)
                .variable(ProcessIds.VAR_PAYMENT_ID, paymentId)
                .start()
                .getId();
    }

    /** The recipient waived the right to appeal: the award's process becomes final now. False when it does not wait for that. */
    public boolean waiveAppeal(long applicationId) {
        return message(ProcessIds.AWARD_PROCESS, applicationId, ProcessIds.MESSAGE_APPEAL_WAIVED);
    }

    /** A change of bank details waits for confirmation: opens Task_ConfirmBankDetails. False when no award runs. */
    public boolean bankDetailsChanged(long applicationId) {
        return message(ProcessIds.AWARD_PROCESS, applicationId, ProcessIds.MESSAGE_BANK_DETAILS_CHANGED);
    }

    /** The run holding the payment was executed: its process goes on to "paid". False when it does not wait for a run. */
    public boolean paymentExecuted(long paymentId) {
        Execution waiting = runtime.createExecutionQuery()
                .processDefinitionKey(ProcessIds.PAYMENT_PROCESS)
                .activityId(ProcessIds.RECEIVE_PAYMENT_EXECUTED)
                .processVariableValueEquals(ProcessIds.VAR_PAYMENT_ID, paymentId)
                .singleResult();
        return trigger(waiting);
    }

    /** Moves a waiting receive task on; false when nothing waits. */
    private boolean trigger(Execution waiting) {
        if (waiting == null) {
            return false;
        }
        try {
            runtime.trigger(waiting.getId());
        } catch (FlowableOptimisticLockingException e) {
            throw new ProcessBusy(e);
        }
        return true;
    }

    /** The final report was handed in: the award's process leaves its wait. False when it does not wait for one. */
    public boolean finalReportReceived(long applicationId) {
        Optional<String> instance = runningInstanceId(ProcessIds.AWARD_PROCESS, applicationId);
        if (instance.isEmpty()) {
            return false;
        }
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceId(instance.get())
                .activityId(ProcessIds.RECEIVE_FINAL_REPORT)
                .singleResult();
        if (!trigger(waiting)) {
            return false;
        }
        // the clerk's follow-up of an overdue report has nothing left to follow up
        tasks.createTaskQuery()
                .processInstanceId(instance.get())
                .taskDefinitionKey(ProcessIds.TASK_FOLLOW_UP_REPORT)
                .list()
                .forEach(t -> tasks.complete(t.getId()));
        return true;
    }

    /**
     * The recipient asked for more time for the final report: opens Task_DecideExtension beside the
     * wait. False when the award does not wait for the report (not final yet, or ended).
     */
    public boolean extensionRequested(long applicationId) {
        return message(ProcessIds.AWARD_PROCESS, applicationId, ProcessIds.MESSAGE_EXTENSION_REQUESTED);
    }

    /**
     * The clerk decided on the extension ({@code taskId} is Task_DecideExtension). A granted one
     * moves the due date: the wait for the report is left and entered again (Boundary_DeadlineMoved),
     * so the engine creates its three timers anew from the new date, and an open follow-up of the
     * overdue report has nothing left to follow up.
     *
     * @return how many follow-up tasks ended as obsolete
     * @throws IllegalStateException when a granted extension finds the award no longer waiting
     */
    public int extensionDecided(String taskId, long applicationId, boolean granted) {
        complete(taskId, Map.of(ProcessIds.VAR_EXTENSION_GRANTED, granted));
        if (!granted) {
            return 0;
        }
        if (!message(ProcessIds.AWARD_PROCESS, applicationId, ProcessIds.MESSAGE_DEADLINE_MOVED)) {
            throw new IllegalStateException(
                    "The award of application " + applicationId + " does not wait for its report");
        }
        String instance =
                runningInstanceId(ProcessIds.AWARD_PROCESS, applicationId).orElseThrow();
        List<Task> followUps = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(ProcessIds.TASK_FOLLOW_UP_REPORT)
                .list();
        followUps.forEach(t -> tasks.complete(t.getId()));
        return followUps.size();
    }

    /**
     * The recipient handed in the corrected final report: the check's wait for it ends and the
     * quick check opens again. False when the check does not wait for corrections.
     */
    public boolean correctionsReceived(long applicationId) {
        return triggerSettlement(applicationId, ProcessIds.RECEIVE_CORRECTIONS);
    }

    /** The recipient responded in the hearing before a reclaim: the decision on the reclaim opens. */
    public boolean hearingResponded(long applicationId) {
        return triggerSettlement(applicationId, ProcessIds.RECEIVE_HEARING_RESPONSE);
    }

    /** The rest paid after the check was executed: the case closes. False when no check waits for that payment. */
    public boolean settlementPaid(long paymentId) {
        return trigger(waitingForSettlementPayment(paymentId));
    }

    /** Whether a check of a final report waits for the rest paid as {@code paymentId}. */
    public boolean waitsForSettlementPayment(long paymentId) {
        return waitingForSettlementPayment(paymentId) != null;
    }

    /** The check's wait for the rest paid as {@code paymentId}; null when none waits for it. */
    private Execution waitingForSettlementPayment(long paymentId) {
        return runtime.createExecutionQuery()
                .processDefinitionKey(ProcessIds.SETTLEMENT_PROCESS)
                .activityId(ProcessIds.RECEIVE_SETTLEMENT_PAID)
                .processVariableValueEquals(ProcessIds.VAR_SETTLEMENT_PAYMENT_ID, paymentId)
                .singleResult();
    }

    /**
     * The rest paid after the check was refused and issued anew as payment {@code newPaymentId}:
     * the check's wait for the refused one now waits for the new one. False when no check waited
     * for the refused payment.
     */
    public boolean settlementPaymentReplaced(long refusedPaymentId, long newPaymentId) {
        Execution waiting = waitingForSettlementPayment(refusedPaymentId);
        if (waiting == null) {
            return false;
        }
        runtime.setVariable(waiting.getProcessInstanceId(), ProcessIds.VAR_SETTLEMENT_PAYMENT_ID, newPaymentId);
        return true;
    }

    private boolean triggerSettlement(long applicationId, String receiveTask) {
        Execution waiting = runtime.createExecutionQuery()
                .processDefinitionKey(ProcessIds.SETTLEMENT_PROCESS)
                .activityId(receiveTask)
                .processVariableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .singleResult();
        return trigger(waiting);
    }

    /** A process variable of the application's running check of the final report; empty when none runs or it is unset. */
    @Transactional(readOnly = true)
    public Optional<Object> settlementVariable(long applicationId, String name) {
        return runningInstanceId(ProcessIds.SETTLEMENT_PROCESS, applicationId).map(id -> runtime.getVariable(id, name));
    }

    /** Whether a task of this step is open for the application. */
    @Transactional(readOnly = true)
    public boolean hasOpenTask(long applicationId, String step) {
        return tasks.createTaskQuery()
                        .taskDefinitionKey(step)
                        .processVariableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                        .count()
                > 0;
    }

    private boolean message(String processKey, long applicationId, String messageName) {
        Optional<String> instance = runningInstanceId(processKey, applicationId);
        if (instance.isEmpty()) {
            return false;
        }
        Execution subscribed = runtime.createExecutionQuery()
                .processInstanceId(instance.get())
                .messageEventSubscriptionName(messageName)
                .singleResult();
        if (subscribed == null) {
            return false;
        }
        try {
            runtime.messageEventReceived(messageName, subscribed.getId());
        } catch (FlowableOptimisticLockingException e) {
            throw new ProcessBusy(e);
        }
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<OpenTask> task(String taskId) {
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .includeProcessVariables()
                .includeIdentityLinks()
                .singleResult();
        return Optional.ofNullable(task).map(this::toOpenTask);
    }

    /** Open tasks of one application (normally one). */
    @Transactional(readOnly = true)
    public List<OpenTask> openTasksOf(long applicationId) {
        return tasks
                .createTaskQuery()
                .processVariableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .includeProcessVariables()
                .includeIdentityLinks()
                .list()
                .stream()
                .map(this::toOpenTask)
                .toList();
    }

    /**
     * Claims a task for {@code userId}. Returns false when someone else holds it already, also
     * when two officers claim at the same moment (the engine's optimistic lock decides).
     */
    public boolean claim(String taskId, String userId) {
        try {
            tasks.claim(taskId, userId);
            return true;
        } catch (FlowableOptimisticLockingException | FlowableTaskAlreadyClaimedException e) {
            return false;
        }
    }

    public void unclaim(String taskId) {
        tasks.unclaim(taskId);
    }

    /** Hands a task to another officer (the caller checked that they hold the task's role). */
    public void handOver(String taskId, String userId) {
        tasks.setAssignee(taskId, userId);
    }

    /**
     * The applicant answered: continues the process waiting in Receive_InquiryAnswer. Returns
     * false when the process does not wait for an answer (e.g. the deadline passed meanwhile).
     */
    public boolean answerInquiry(long applicationId) {
        Execution waiting = runtime.createExecutionQuery()
                .processDefinitionKey(ProcessIds.PROCESS)
                .activityId(ProcessIds.RECEIVE_INQUIRY_ANSWER)
                .processVariableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .singleResult();
        return trigger(waiting);
    }

    /** Sends the withdrawal message; the event sub-process ends the review as withdrawn. False when no review runs. */
    public boolean withdraw(long applicationId) {
        Optional<String> instance = runningInstanceId(ProcessIds.PROCESS, applicationId);
        if (instance.isEmpty()) {
            return false;
        }
        Execution subscribed = runtime.createExecutionQuery()
                .processInstanceId(instance.get())
                .messageEventSubscriptionName(ProcessIds.MESSAGE_WITHDRAWAL)
                .singleResult();
        if (subscribed == null) {
            return false;
        }
        try {
            runtime.messageEventReceived(ProcessIds.MESSAGE_WITHDRAWAL, subscribed.getId());
        } catch (FlowableOptimisticLockingException e) {
            throw new ProcessBusy(e);
        }
        return true;
    }

    /**
     * The process diagram as PNG with the current steps highlighted (for a finished review: the
     * end event it reached), drawn by Flowable's image generator from the BPMN's diagram interchange.
     */
    @Transactional(readOnly = true)
    public byte[] diagram(long applicationId) {
        return diagram(applicationId, ProcessIds.PROCESS)
                .orElseThrow(() -> new IllegalArgumentException("No review for application " + applicationId));
    }

    /** The diagram of the application's newest instance of a process ({@link ProcessIds#PROCESSES}); empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<byte[]> diagram(long applicationId, String processKey) {
        Optional<HistoricProcessInstance> found = historicInstance(processKey, applicationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = found.get();
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        List<String> highlighted = new ArrayList<>();
        if (instance.getEndTime() == null) {
            highlighted.addAll(runtime.getActiveActivityIds(instance.getId()));
        } else if (instance.getEndActivityId() != null) {
            highlighted.add(instance.getEndActivityId());
        }
        List<String> flows = history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityType("sequenceFlow")
                .list()
                .stream()
                .map(a -> a.getActivityId())
                .distinct()
                .toList();
        DefaultProcessDiagramGenerator generator = new DefaultProcessDiagramGenerator();
        try (InputStream png = generator.generateDiagram(
                model, "png", highlighted, flows, "DejaVu Sans", "DejaVu Sans", "DejaVu Sans", null, 1.0, true)) {
            return Optional.of(png.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> runningInstanceId(String processKey, long applicationId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(processKey)
                        .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                        .singleResult())
                .map(ProcessInstance::getId);
    }

    private Optional<HistoricProcessInstance> historicInstance(String processKey, long applicationId) {
        return history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst();
    }

    /** Completes a task with its outcome variables (process-wide). */
    public void complete(String taskId, Map<String, Object> outcome) {
        try {
            tasks.complete(taskId, outcome);
        } catch (FlowableObjectNotFoundException e) {
            throw new IllegalStateException("Task " + taskId + " is no longer open", e);
        }
    }

    /** The steps the application went through in all its processes (review, award, payments), in order. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long applicationId) {
        List<String> instances = history
                .createHistoricProcessInstanceQuery()
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .list()
                .stream()
                .filter(i -> ProcessIds.PROCESSES.contains(i.getProcessDefinitionKey()))
                .map(HistoricProcessInstance::getId)
                .toList();
        if (instances.isEmpty()) {
            return List.of();
        }
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceIds(new HashSet<>(instances))
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderByHistoricActivityInstanceId()
                .asc()
                .list()
                .stream()
                .filter(a -> Set.of("startEvent", "userTask", "endEvent", "receiveTask", "intermediateCatchEvent")
                        .contains(a.getActivityType()))
                // the event gateway's losing branch (the timer after a waiver, or the other way round) did not happen
                .filter(a -> !("intermediateCatchEvent".equals(a.getActivityType()) && a.getDeleteReason() != null))
                .map(a -> new HistoryEntry(
                        a.getActivityId(),
                        a.getActivityType(),
                        a.getStartTime() == null ? null : a.getStartTime().toInstant(),
                        a.getEndTime() == null ? null : a.getEndTime().toInstant(),
                        a.getAssignee()))
                .toList();
    }

    private OpenTask toOpenTask(Task task) {
        Map<String, Object> vars = task.getProcessVariables();
        Set<String> groups = task.getIdentityLinks().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .collect(Collectors.toUnmodifiableSet());
        Object applicationId = vars.get(ProcessIds.VAR_APPLICATION_ID);
        String referenceNumber = (String) vars.get(ProcessIds.VAR_REFERENCE_NUMBER);
        return new OpenTask(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                ((Number) applicationId).longValue(),
                referenceNumber,
                task.getCreateTime().toInstant(),
                task.getAssignee(),
                groups,
                vars.get(ProcessIds.VAR_PAYMENT_ID) instanceof Number n ? n.longValue() : null);
    }
}
