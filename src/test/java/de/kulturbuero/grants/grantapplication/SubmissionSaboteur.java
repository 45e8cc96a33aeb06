package de.kulturbuero.grants.grantapplication;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test-only listener for {@link GrantApplicationSubmitted} that breaks a submission on purpose
 * when the title carries a marker, and notes what existed inside the transaction just before it
 * broke it. Submissions without a marker pass untouched, so the shared context stays usable.
 */
public class SubmissionSaboteur {

    /** Throws from this listener, i.e. after the review process was started by the real listener. */
    public static final String FAIL_AFTER_PROCESS_START = "[fail-after-process-start]";
    /** Throws in the last moment before the commit, after everything else in the transaction ran. */
    public static final String FAIL_BEFORE_COMMIT = "[fail-before-commit]";

    /** What the doomed transaction held when it was broken. */
    public record Seen(long applicationId, String referenceNumber, long processInstances, long tasks) {}

    /** The exception the saboteur throws. */
    public static class SimulatedFailure extends RuntimeException {
        SimulatedFailure(String message) {
            super(message);
        }
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Map<String, Seen> seenByTitle = new ConcurrentHashMap<>();

    public SubmissionSaboteur(JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(GrantApplicationSubmitted event) {
        String title = jdbc.queryForObject(
                "SELECT title FROM grant_application WHERE id = ?", String.class, event.applicationId());
        if (title.contains(FAIL_AFTER_PROCESS_START)) {
            seenByTitle.put(title, look(event));
            throw new SimulatedFailure("Simulated failure after the process start of " + event.referenceNumber());
        }
        if (title.contains(FAIL_BEFORE_COMMIT)) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    seenByTitle.put(title, look(event));
                    throw new SimulatedFailure("Simulated failure before the commit of " + event.referenceNumber());
                }
            });
        }
    }

    /** What the broken transaction had written for the submission with this title (absent: it never got here). */
    public Optional<Seen> seen(String title) {
        return Optional.ofNullable(seenByTitle.get(title));
    }

    private Seen look(GrantApplicationSubmitted event) {
        long instances = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(event.referenceNumber())
                .count();
        long openTasks = tasks.createTaskQuery()
                .processInstanceBusinessKey(event.referenceNumber())
                .count();
        return new Seen(event.applicationId(), event.referenceNumber(), instances, openTasks);
    }
}
