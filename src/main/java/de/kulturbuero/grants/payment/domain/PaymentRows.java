package de.kulturbuero.grants.payment.domain;

import java.math.BigDecimal;
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

/** Table {@code payment_request}: each payment request and the payment it becomes. */
@Repository
public class PaymentRows {

    public enum Kind {
        /** Requested by the recipient (Mittelabruf). */
        REQUEST,
        /** Created when the notice became final, for a programme that pays in one sum. */
        ONE_SUM,
        /** The rest after the check of the final report (up to the recomputed grant, the holdback included). */
        SETTLEMENT
    }

    public enum Status {
        /** Waiting for the factual and arithmetical check. */
        REQUESTED,
        /** Checked ("sachlich und rechnerisch richtig"), waiting for the payment order. */
        CHECKED,
        /** Ordered (Auszahlungsanordnung): goes into the next payment run. */
        ORDERED,
        /** The run that held it was executed. */
        PAID,
        /** Refused at the check or at the order, with a reason the applicant sees. */
        REFUSED
    }

    public record Row(
            long id,
            long applicationId,
            int number,
            Kind kind,
            BigDecimal amount,
            LocalDate neededBy,
            String purpose,
            Status status,
            Long requestedBy,
            Instant requestedAt,
            Long checkedBy,
            Instant checkedAt,
            Long orderedBy,
            Instant orderedAt,
            Long refusedBy,
            Instant refusedAt,
            String refusalReason,
            Long bankDetailsId,
            Long runId,
            LocalDate paidAt) {}

    private static final String COLUMNS = "id, application_id, number, kind, amount, needed_by, purpose, status,"
            + " requested_by, requested_at, checked_by, checked_at, ordered_by, ordered_at, refused_by, refused_at,"
            + " refusal_reason, bank_details_id, run_id, paid_at";

    private final JdbcClient jdbc;

    PaymentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the request with the application's next number (the caller holds the award's lock). */
    public long insert(
            long applicationId, Kind kind, BigDecimal amount, LocalDate neededBy, String purpose, Long by, Instant at) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM payment_request WHERE application_id = ?")
                .param(applicationId)
                .query(Integer.class)
                .single();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO payment_request (application_id, number, kind, amount, needed_by, purpose, status,"
                        + " requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)")
                .params(
                        applicationId,
                        number,
                        kind.name(),
                        amount,
                        Date.valueOf(neededBy),
                        purpose,
                        by,
                        Timestamp.from(at))
                .update(key);
        return key.getKey().longValue();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_request WHERE id = ?")
                .param(id)
                .query(PaymentRows::map)
                .optional();
    }

    public List<Row> ofApplication(long applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_request WHERE application_id = ? ORDER BY number")
                .param(applicationId)
                .query(PaymentRows::map)
                .list();
    }

    /** Sum of the application's requests that are not refused. */
    public BigDecimal requested(long applicationId) {
        return jdbc.sql(
                        "SELECT COALESCE(SUM(amount), 0) FROM payment_request WHERE application_id = ? AND status <> 'REFUSED'")
                .param(applicationId)
                .query(BigDecimal.class)
                .single();
    }

    /** Whether any payment of the application was ordered (then a change of bank details needs confirming). */
    public boolean anyOrdered(long applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_request WHERE application_id = ? AND ordered_at IS NOT NULL")
                        .param(applicationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** @return false when the payment was no longer waiting for its check */
    public boolean checked(long id, long by, Instant at) {
        return jdbc.sql("UPDATE payment_request SET status = 'CHECKED', checked_by = ?, checked_at = ?"
                                + " WHERE id = ? AND status = 'REQUESTED'")
                        .params(by, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /** @return false when the payment was no longer waiting for its order */
    public boolean ordered(long id, long by, Instant at, long bankDetailsId) {
        return jdbc.sql("UPDATE payment_request SET status = 'ORDERED', ordered_by = ?, ordered_at = ?,"
                                + " bank_details_id = ? WHERE id = ? AND status = 'CHECKED'")
                        .params(by, Timestamp.from(at), bankDetailsId, id)
                        .update()
                == 1;
    }

    /** @return false when the payment was no longer open (checked or requested) */
    public boolean refused(long id, long by, Instant at, String reason) {
        return jdbc.sql("UPDATE payment_request SET status = 'REFUSED', refused_by = ?, refused_at = ?,"
                                + " refusal_reason = ? WHERE id = ? AND status IN ('REQUESTED', 'CHECKED')")
                        .params(by, Timestamp.from(at), reason, id)
                        .update()
                == 1;
    }

    /** Ordered payments in no run, row-locked: a new run takes them. */
    public List<Row> orderedWithoutRunForUpdate() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_request WHERE status = 'ORDERED' AND run_id IS NULL"
                        + " ORDER BY ordered_at, id FOR UPDATE")
                .query(PaymentRows::map)
                .list();
    }

    public List<Row> orderedWithoutRun() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_request WHERE status = 'ORDERED' AND run_id IS NULL"
                        + " ORDER BY ordered_at, id")
                .query(PaymentRows::map)
                .list();
    }

    public List<Row> inRun(long runId) {
        return jdbc.sql(
                        "SELECT " + COLUMNS + " FROM payment_request WHERE id IN"
                                + " (SELECT payment_request_id FROM payment_run_item WHERE run_id = ?) ORDER BY application_id, number")
                .param(runId)
                .query(PaymentRows::map)
                .list();
    }

    public void assignRun(long id, long runId) {
        jdbc.sql("UPDATE payment_request SET run_id = ? WHERE id = ? AND run_id IS NULL")
                .params(runId, id)
                .update();
        jdbc.sql("INSERT INTO payment_run_item (run_id, payment_request_id) VALUES (?, ?)")
                .params(runId, id)
                .update();
    }

    /** A cancelled run frees its payments for the next run. */
    public void releaseRun(long runId) {
        jdbc.sql("UPDATE payment_request SET run_id = NULL WHERE run_id = ? AND status = 'ORDERED'")
                .param(runId)
                .update();
    }

    public void paid(long runId, LocalDate bookingDate) {
        jdbc.sql("UPDATE payment_request SET status = 'PAID', paid_at = ? WHERE run_id = ? AND status = 'ORDERED'")
                .params(Date.valueOf(bookingDate), runId)
                .update();
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        Date paid = rs.getDate(20);
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                Kind.valueOf(rs.getString(4)),
                rs.getBigDecimal(5),
                rs.getDate(6).toLocalDate(),
                rs.getString(7),
                Status.valueOf(rs.getString(8)),
                rs.getObject(9, Long.class),
                AwardRows.instant(rs, 10),
                rs.getObject(11, Long.class),
                AwardRows.instant(rs, 12),
                rs.getObject(13, Long.class),
                AwardRows.instant(rs, 14),
                rs.getObject(15, Long.class),
                AwardRows.instant(rs, 16),
                rs.getString(17),
                rs.getObject(18, Long.class),
                rs.getObject(19, Long.class),
                paid == null ? null : paid.toLocalDate());
    }
}
