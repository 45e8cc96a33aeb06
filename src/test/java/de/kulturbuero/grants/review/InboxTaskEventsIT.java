package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.review.process.ProcessIds;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

/**
 * A user task reaches the inbox read model through the engine-wide listener alone: a process
 * model with no listener blocks, deployed here, puts its task in inbox_task on creation, follows
 * a claim and takes it out on completion.
 */
class InboxTaskEventsIT extends ReviewTestSupport {

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="http://kulturbuero.de/test">
              <process id="inbox-probe" isExecutable="true">
                <startEvent id="Start"/>
                <sequenceFlow id="f1" sourceRef="Start" targetRef="Task_Probe"/>
                <userTask id="Task_Probe" name="Probe" flowable:candidateGroups="CLERK"/>
                <sequenceFlow id="f2" sourceRef="Task_Probe" targetRef="End"/>
                <endEvent id="End"/>
              </process>
            </definitions>
            """;

    private List<Map<String, Object>> rows(String taskId) {
        return jdbc.sql("SELECT step, candidate_group, assignee_id FROM inbox_task WHERE task_id = ?")
                .param(taskId)
                .query()
                .listOfRows();
    }

    @Test
    void a_user_task_without_listeners_in_its_model_appears_in_the_inbox_follows_its_claim_and_leaves_when_done() {
        long applicationId = submit("1200.00");
        RepositoryService repository = context.getBean(RepositoryService.class);
        Deployment deployment = repository
                .createDeployment()
                .addString("inbox-probe.bpmn20.xml", MODEL)
                .deploy();
        try {
            String instance = runtime.startProcessInstanceByKey(
                            "inbox-probe", Map.of(ProcessIds.VAR_APPLICATION_ID, applicationId))
                    .getId();
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();

            assertThat(rows(task.getId())).singleElement().satisfies(row -> {
                assertThat(row.get("step")).isEqualTo("Task_Probe");
                assertThat(row.get("candidate_group")).isEqualTo("CLERK");
                assertThat(row.get("assignee_id")).isNull();
            });

            tasks.claim(task.getId(), "42");
            assertThat(rows(task.getId()))
                    .singleElement()
                    .satisfies(row -> assertThat(((Number) row.get("assignee_id")).longValue())
                            .isEqualTo(42L));

            tasks.complete(task.getId());
            assertThat(rows(task.getId())).isEmpty();
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
