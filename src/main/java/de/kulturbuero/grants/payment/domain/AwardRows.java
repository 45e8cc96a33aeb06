package de.kulturbuero.grants.payment.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code award}: one row per approved application, the lock of its payments. */
@Repository
public class AwardRows {

    public record Row(
            long applicationId,
            BigDecimal granted,
            BigDecimal holdback,
            Instant noticeIssuedAt,
            Instant finalAt,
            String finalBy,
            Long appealWaivedBy,
            Instant appealWaivedAt,
            Instant finalReportAt) {

        public boolean isFinal() {
            return finalAt != null;
        }
    }

    private static final String COLUMNS = "application_id, granted_amount, holdback_amount, notice_issued_at, final_at,"
            + " final_by, appeal_waived_by, appeal_waived_at, final_report_at";

    private final JdbcClient jdbc;

    AwardRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long applicationId, BigDecimal granted, BigDecimal holdback, Instant noticeIssuedAt) {
        jdbc.sql(
                        "INSERT INTO award (application_id, granted_amount, holdback_amount, notice_issued_at) VALUES (?, ?, ?, ?)")
                .params(applicationId, granted, holdback, Timestamp.from(noticeIssuedAt))
                .update();
    }

    public Optional<Row> find(long applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM award WHERE application_id = ?")
                .param(applicationId)
                .query(AwardRows::map)
                .optional();
    }

    /** The award, row-locked until the transaction ends: requests, orders and the waiver queue up here. */
    public Optional<Row> lock(long applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM award WHERE application_id = ? FOR UPDATE")
                .param(applicationId)
                .query(AwardRows::map)
                .optional();
    }

    public void waived(long applicationId, long by, Instant at) {
        jdbc.sql("UPDATE award SET appeal_waived_by = ?, appeal_waived_at = ? WHERE application_id = ?")
                .params(by, Timestamp.from(at), applicationId)
                .update();
    }

    public void becameFinal(long applicationId, Instant at, String by) {
        jdbc.sql("UPDATE award SET final_at = ?, final_by = ? WHERE application_id = ? AND final_at IS NULL")
                .params(Timestamp.from(at), by, applicationId)
                .update();
    }

    /** @return false when the report was handed in before */
    public boolean finalReportHandedIn(long applicationId, Instant at) {
        return jdbc.sql("UPDATE award SET final_report_at = ? WHERE application_id = ? AND final_report_at IS NULL")
                        .params(Timestamp.from(at), applicationId)
                        .update()
                > 0;
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getBigDecimal(2),
                rs.getBigDecimal(3),
                instant(rs, 4),
                instant(rs, 5),
                rs.getString(6),
                rs.getObject(7, Long.class),
                instant(rs, 8),
                instant(rs, 9));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Records the grant as the check of the final report recomputed it. */
    public void settle(long applicationId, BigDecimal grant) {
        jdbc.sql("UPDATE award SET settled_grant = ? WHERE application_id = ?")
                .params(grant, applicationId)
                .update();
    }

    /** The recomputed grant once the final report is checked; empty before. */
    public Optional<BigDecimal> settledGrant(long applicationId) {
        return jdbc.sql("SELECT settled_grant FROM award WHERE application_id = ? AND settled_grant IS NOT NULL")
                .param(applicationId)
                .query(BigDecimal.class)
                .optional();
    }
}
