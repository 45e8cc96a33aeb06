package de.kulturbuero.grants.review.process;

import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Removes the engine's history of a case once its retention period has ended: the app's own tables keep the statistics. Only finished process instances are
 * removed; a case whose process still runs is left for a later run.
 */
@Component
public class ProcessHistoryRetention {

    private final HistoryService history;

    ProcessHistoryRetention(HistoryService history) {
        this.history = history;
    }

    /** @return true when the case has no engine history left (removed now, or there was none) */
    public boolean removeHistory(long applicationId) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(ProcessIds.PROCESSES)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .list();
        if (instances.stream().anyMatch(i -> i.getEndTime() == null)) {
            return false;
        }
        instances.forEach(i -> history.deleteHistoricProcessInstance(i.getId()));
        return true;
    }
}
