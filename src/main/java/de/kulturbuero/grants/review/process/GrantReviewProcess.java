package de.kulturbuero.grants.review.process;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The only class that talks to Flowable's runtime, task and history services. Methods speak the
 * domain's language; no engine type leaves this package. Authorisation is the caller's job
 * ({@code ReviewService}): Flowable itself does not check candidate groups.
 */
@Component
@Transactional
public class GrantReviewProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    GrantReviewProcess(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
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

    /** Open tasks offered to any of {@code groups} or assigned to {@code userId}, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks(Collection<String> groups, String userId) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(ProcessIds.PROCESS);
        if (groups.isEmpty()) {
            query.taskAssignee(userId);
        } else {
            query.or().taskCandidateGroupIn(groups).taskAssignee(userId).endOr();
        }
        List<Task> found = query.includeProcessVariables().includeIdentityLinks().orderByTaskCreateTime().asc().listPage(0, 500);
        return found.stream().map(this::toOpenTask).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OpenTask> task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).includeProcessVariables().includeIdentityLinks().singleResult();
        return Optional.ofNullable(task).map(this::toOpenTask);
    }

    /** Open tasks of one application (normally one). */
    @Transactional(readOnly = true)
    public List<OpenTask> openTasksOf(long applicationId) {
        return tasks.createTaskQuery().processDefinitionKey(ProcessIds.PROCESS)
                .processVariableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .includeProcessVariables().includeIdentityLinks().list().stream().map(this::toOpenTask).toList();
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

    /** Completes a task with its outcome variables (process-wide). */
    public void complete(String taskId, Map<String, Object> outcome) {
        try {
            tasks.complete(taskId, outcome);
        } catch (FlowableObjectNotFoundException e) {
            throw new IllegalStateException("Task " + taskId + " is no longer open", e);
        }
    }

    /** A process variable of the application's review, if set. */
    @Transactional(readOnly = true)
    public Optional<Object> variable(String taskId, String name) {
        Task task = tasks.createTaskQuery().taskId(taskId).includeProcessVariables().singleResult();
        return task == null ? Optional.empty() : Optional.ofNullable(task.getProcessVariables().get(name));
    }

    /** The steps the application's review went through, in order. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long applicationId) {
        var instances = history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessIds.PROCESS)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId).list();
        if (instances.isEmpty()) {
            return List.of();
        }
        return history.createHistoricActivityInstanceQuery().processInstanceId(instances.getFirst().getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderByHistoricActivityInstanceId().asc().list().stream()
                .filter(a -> Set.of("startEvent", "userTask", "endEvent").contains(a.getActivityType()))
                .map(a -> new HistoryEntry(a.getActivityId(), a.getActivityType(),
                        a.getStartTime() == null ? null : a.getStartTime().toInstant(),
                        a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.getAssignee()))
                .toList();
    }

    /** Whether the application's review is still running. */
    @Transactional(readOnly = true)
    public boolean isRunning(long applicationId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.PROCESS)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId).count() > 0;
    }

    private OpenTask toOpenTask(Task task) {
        Map<String, Object> vars = task.getProcessVariables();
        Set<String> groups = task.getIdentityLinks().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).collect(Collectors.toUnmodifiableSet());
        Object applicationId = vars.get(ProcessIds.VAR_APPLICATION_ID);
        String referenceNumber = (String) vars.get(ProcessIds.VAR_REFERENCE_NUMBER);
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                ((Number) applicationId).longValue(), referenceNumber, task.getCreateTime().toInstant(), task.getAssignee(), groups);
    }
}
