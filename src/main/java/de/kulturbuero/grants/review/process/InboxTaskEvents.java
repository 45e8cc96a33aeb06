package de.kulturbuero.grants.review.process;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.review.domain.ContentReviews;
import de.kulturbuero.grants.review.domain.InboxTasks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Keeps the inbox read model ({@code inbox_task}) for every user task of every process, as one
 * engine-wide listener: a user task added to a BPMN file reaches the inbox without listener
 * blocks copied into the model. The engine dispatches these events inside its command, so the
 * read model commits or rolls back with the task itself.
 */
public class InboxTaskEvents implements FlowableEventListener {

    private final GrantApplicationProcessing applications;
    private final InboxTasks inbox;
    private final ContentReviews contentReviews;

    InboxTaskEvents(GrantApplicationProcessing applications, InboxTasks inbox, ContentReviews contentReviews) {
        this.applications = applications;
        this.inbox = inbox;
        this.contentReviews = contentReviews;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEngineEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof TaskEntity task)
                || task.getProcessInstanceId() == null) {
            return;
        }
        if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
            created(task);
        } else if (event.getType() == FlowableEngineEventType.TASK_ASSIGNED) {
            inbox.assign(task.getId(), assignee(task));
        } else if (event.getType() == FlowableEngineEventType.ENTITY_DELETED) {
            // completed, or cut off by a withdrawal: the task leaves the inbox
            inbox.remove(task.getId());
        }
    }

    private void created(TaskEntity task) {
        // a process without an application (one an operator deployed beside the portal's) has no place in the inbox
        if (!(task.getVariable(ProcessIds.VAR_APPLICATION_ID) instanceof Number number)) {
            return;
        }
        long applicationId = number.longValue();
        ApplicationSummary a = applications.summary(applicationId);
        // the BPMN file is the single truth for who works on a step: its candidate group (set before TASK_CREATED)
        String group = task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Step " + task.getTaskDefinitionKey() + " has no candidate group in the BPMN"));
        inbox.insert(new InboxTasks.Row(
                task.getId(),
                applicationId,
                task.getTaskDefinitionKey(),
                group,
                assignee(task),
                task.getCreateTime().toInstant(),
                false,
                a.referenceNumber(),
                a.title(),
                a.programmeId(),
                a.partnerCityId(),
                a.requestedAmount(),
                a.submittedAt(),
                excludedFrom(task, applicationId)));
    }

    /**
     * Four eyes: the decision of a case is never offered to the officer who did its content
     * review, nor a payment order to the officer who checked the payment, nor the confirmation of
     * a reclaim to the officer who checked the final report.
     */
    private Long excludedFrom(TaskEntity task, long applicationId) {
        String step = task.getTaskDefinitionKey();
        if (ProcessIds.TASK_ORDER_PAYMENT.equals(step)) {
            Object checker = task.getVariable(ProcessIds.VAR_PAYMENT_CHECKED_BY);
            return checker == null ? null : Long.valueOf(checker.toString());
        }
        if (ProcessIds.TASK_CONFIRM_RECLAIM.equals(step)) {
            Object checker = task.getVariable(ProcessIds.VAR_CHECKED_BY);
            return checker == null ? null : Long.valueOf(checker.toString());
        }
        if (!ProcessIds.TASK_DECISION_REVIEWER.equals(step) && !ProcessIds.TASK_DECISION_HEAD.equals(step)) {
            return null;
        }
        return contentReviews
                .latest(applicationId)
                .map(ContentReviews.Row::reviewerId)
                .orElse(null);
    }

    private static Long assignee(TaskEntity task) {
        return task.getAssignee() == null ? null : Long.valueOf(task.getAssignee());
    }

    @Override
    public boolean isFailOnException() {
        // a task without its inbox row would be invisible to the office: fail the engine command instead
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }

    /** Registers the listener with the engine for the three task events it keeps the inbox by. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        EngineConfigurationConfigurer<SpringProcessEngineConfiguration> inboxTaskEventsConfigurer(
                @Lazy GrantApplicationProcessing applications,
                @Lazy InboxTasks inbox,
                @Lazy ContentReviews contentReviews) {
            InboxTaskEvents listener = new InboxTaskEvents(applications, inbox, contentReviews);
            return configuration -> configuration.setTypedEventListeners(Map.of(
                    FlowableEngineEventType.TASK_CREATED.name(), List.of(listener),
                    FlowableEngineEventType.TASK_ASSIGNED.name(), List.of(listener),
                    FlowableEngineEventType.ENTITY_DELETED.name(), List.of(listener)));
        }
    }
}
