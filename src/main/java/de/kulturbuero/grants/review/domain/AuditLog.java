package de.kulturbuero.grants.review.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app's audit log of state-changing actions on cases (table review_audit). */
@Repository
public class AuditLog {

    public record Row(String action, Long actorId, Instant at, String detail, String taskId) {}

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long applicationId, String taskId, String action, Long actorId, Instant at, String detail) {
        jdbc.sql(
                        "INSERT INTO review_audit (application_id, task_id, action, actor_id, at, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(applicationId, taskId, action, actorId, Timestamp.from(at), detail)
                .update();
    }

    public List<Row> of(long applicationId) {
        return jdbc.sql(
                        "SELECT action, actor_id, at, detail, task_id FROM review_audit WHERE application_id = ? ORDER BY at, id")
                .param(applicationId)
                .query((rs, i) -> new Row(
                        rs.getString(1),
                        (Long) rs.getObject(2, Long.class),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
