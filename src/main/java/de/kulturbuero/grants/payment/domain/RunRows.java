package de.kulturbuero.grants.payment.domain;

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

/** Table {@code payment_run}: the cash office's payment runs. */
@Repository
public class RunRows {

    public enum Status {
        /** Collected; its payments may still change by cancelling it. */
        OPEN,
        /** Its files were downloaded: fixed, it can only be executed or cancelled. */
        DOWNLOADED,
        /** The cash office booked it: its payments are paid. */
        EXECUTED,
        /** Cancelled with a reason; its payments went back to "ordered". */
        CANCELLED
    }

    public record Row(
            long id,
            String messageId,
            Status status,
            LocalDate executionDate,
            long createdBy,
            Instant createdAt,
            Long downloadedBy,
            Instant downloadedAt,
            Long executedBy,
            Instant executedAt,
            LocalDate bookingDate,
            Long cancelledBy,
            Instant cancelledAt,
            String cancelReason) {}

    private static final String COLUMNS = "id, message_id, status, execution_date, created_by, created_at,"
            + " downloaded_by, downloaded_at, executed_by, executed_at, booking_date, cancelled_by, cancelled_at,"
            + " cancel_reason";

    private final JdbcClient jdbc;

    RunRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String messageId, LocalDate executionDate, long by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO payment_run (message_id, status, execution_date, created_by, created_at)"
                        + " VALUES (?, 'OPEN', ?, ?, ?)")
                .params(messageId, Date.valueOf(executionDate), by, Timestamp.from(at))
                .update(key);
        return key.getKey().longValue();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_run WHERE id = ?")
                .param(id)
                .query(RunRows::map)
                .optional();
    }

    public Optional<Row> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_run WHERE id = ? FOR UPDATE")
                .param(id)
                .query(RunRows::map)
                .optional();
    }

    /** The newest runs first. */
    public List<Row> latest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_run ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(RunRows::map)
                .list();
    }

    public void downloaded(long id, long by, Instant at) {
        jdbc.sql("UPDATE payment_run SET status = 'DOWNLOADED', downloaded_by = ?, downloaded_at = ?"
                        + " WHERE id = ? AND status = 'OPEN'")
                .params(by, Timestamp.from(at), id)
                .update();
    }

    public void executed(long id, long by, Instant at, LocalDate bookingDate) {
        jdbc.sql("UPDATE payment_run SET status = 'EXECUTED', executed_by = ?, executed_at = ?, booking_date = ?"
                        + " WHERE id = ?")
                .params(by, Timestamp.from(at), Date.valueOf(bookingDate), id)
                .update();
    }

    public void cancelled(long id, long by, Instant at, String reason) {
        jdbc.sql("UPDATE payment_run SET status = 'CANCELLED', cancelled_by = ?, cancelled_at = ?, cancel_reason = ?"
                        + " WHERE id = ?")
                .params(by, Timestamp.from(at), reason, id)
                .update();
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        Date booking = rs.getDate(11);
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                Status.valueOf(rs.getString(3)),
                rs.getDate(4).toLocalDate(),
                rs.getLong(5),
                AwardRows.instant(rs, 6),
                rs.getObject(7, Long.class),
                AwardRows.instant(rs, 8),
                rs.getObject(9, Long.class),
                AwardRows.instant(rs, 10),
                booking == null ? null : booking.toLocalDate(),
                rs.getObject(12, Long.class),
                AwardRows.instant(rs, 13),
                rs.getString(14));
    }
}
