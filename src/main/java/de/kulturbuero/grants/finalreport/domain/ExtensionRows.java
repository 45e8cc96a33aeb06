package de.kulturbuero.grants.finalreport.domain;

import de.kulturbuero.grants.finalreport.ReportExtension;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Table {@code final_report_extension}. Callers serialise requests and decisions of one
 * application on its {@code final_report} row ({@link ReportRows#lock}).
 */
@Repository
public class ExtensionRows {

    private static final String COLUMNS =
            "SELECT id, application_id, previous_due_date, requested_date, reason, status,"
                    + " requested_by, requested_at, granted_date, refusal_reason, decided_by, decided_at"
                    + " FROM final_report_extension";

    private final JdbcClient jdbc;

    ExtensionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long applicationId, LocalDate previousDue, LocalDate requested, String reason, long by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO final_report_extension (application_id, previous_due_date, requested_date, reason,"
                        + " status, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        applicationId,
                        Date.valueOf(previousDue),
                        Date.valueOf(requested),
                        reason,
                        ReportExtension.Status.OPEN.name(),
                        by,
                        Timestamp.from(at))
                .update(key);
        return key.getKey().longValue();
    }

    /** Every request of the application, oldest first. */
    public List<ReportExtension> of(long applicationId) {
        return jdbc.sql(COLUMNS + " WHERE application_id = ? ORDER BY id")
                .param(applicationId)
                .query(ExtensionRows::row)
                .list();
    }

    public Optional<ReportExtension> open(long applicationId) {
        return jdbc.sql(COLUMNS + " WHERE application_id = ? AND status = ? ORDER BY id")
                .params(applicationId, ReportExtension.Status.OPEN.name())
                .query(ExtensionRows::row)
                .optional();
    }

    /** The latest date granted for the application. */
    public Optional<LocalDate> latestGranted(long applicationId) {
        return jdbc.sql("SELECT granted_date FROM final_report_extension WHERE application_id = ? AND status = ?"
                        + " ORDER BY decided_at DESC, id DESC LIMIT 1")
                .params(applicationId, ReportExtension.Status.GRANTED.name())
                .query((rs, n) -> rs.getDate(1).toLocalDate())
                .optional();
    }

    /** Decides an open request; false when it is no longer open. */
    public boolean grant(long id, LocalDate granted, long by, Instant at) {
        return jdbc.sql("UPDATE final_report_extension SET status = ?, granted_date = ?, decided_by = ?, decided_at = ?"
                                + " WHERE id = ? AND status = ?")
                        .params(
                                ReportExtension.Status.GRANTED.name(),
                                Date.valueOf(granted),
                                by,
                                Timestamp.from(at),
                                id,
                                ReportExtension.Status.OPEN.name())
                        .update()
                == 1;
    }

    /** Refuses an open request; false when it is no longer open. */
    public boolean refuse(long id, String reason, long by, Instant at) {
        return jdbc.sql("UPDATE final_report_extension SET status = ?, refusal_reason = ?, decided_by = ?,"
                                + " decided_at = ? WHERE id = ? AND status = ?")
                        .params(
                                ReportExtension.Status.REFUSED.name(),
                                reason,
                                by,
                                Timestamp.from(at),
                                id,
                                ReportExtension.Status.OPEN.name())
                        .update()
                == 1;
    }

    private static ReportExtension row(ResultSet rs, int n) throws SQLException {
        Date granted = rs.getDate("granted_date");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Long decidedBy = rs.getObject("decided_by") == null ? null : rs.getLong("decided_by");
        return new ReportExtension(
                rs.getLong("id"),
                rs.getLong("application_id"),
                rs.getDate("previous_due_date").toLocalDate(),
                rs.getDate("requested_date").toLocalDate(),
                rs.getString("reason"),
                ReportExtension.Status.valueOf(rs.getString("status")),
                rs.getLong("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                granted == null ? null : granted.toLocalDate(),
                rs.getString("refusal_reason"),
                decidedBy,
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
