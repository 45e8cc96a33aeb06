package de.kulturbuero.grants.review.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
                .processDefinitionKey(ProcessIds.PROCESS)
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

    /** Sends the withdrawal message; the event sub-process ends the review as withdrawn. False when no review runs. */
    public boolean withdraw(long applicationId) {
        Optional<String> instance = runningInstanceId(applicationId);
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
        HistoricProcessInstance instance = historicInstance(applicationId)
                .orElseThrow(() -> new IllegalArgumentException("No review for application " + applicationId));
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
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> runningInstanceId(long applicationId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessIds.PROCESS)
                        .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                        .singleResult())
                .map(ProcessInstance::getId);
    }

    private Optional<HistoricProcessInstance> historicInstance(long applicationId) {
        return history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.PROCESS)
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

    /** The steps the application's review went through, in order. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long applicationId) {
        Optional<HistoricProcessInstance> instance = historicInstance(applicationId);
        if (instance.isEmpty()) {
            return List.of();
        }
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.get().getId())
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderByHistoricActivityInstanceId()
                .asc()
                .list()
                .stream()
                .filter(a -> Set.of("startEvent", "userTask", "endEvent", "receiveTask")
                        .contains(a.getActivityType()))
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
                groups);
    }
}
