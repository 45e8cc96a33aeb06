package de.kulturbuero.grants.review.domain;

import de.kulturbuero.grants.review.CheckTerms;
import de.kulturbuero.grants.review.DepthDraw;
import de.kulturbuero.grants.review.ReceiptCheck;
import de.kulturbuero.grants.review.Reclaim;
import de.kulturbuero.grants.review.ReportCheck;
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
import org.springframework.stereotype.Repository;

/**
 * The office's check of final reports: the depth draw, the check with its recognised receipts,
 * and a reclaim with its hearing, decision, notice and repayment; and the check terms the
 * programme sets.
 */
@Repository
public class ReportCheckRows {

    private final JdbcClient jdbc;

    ReportCheckRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CheckTerms terms(long applicationId) {
        return jdbc.sql("SELECT p.check_in_depth_threshold, p.check_sample_share, p.check_line_tolerance"
                        + " FROM grant_application a JOIN funding_programme p ON p.id = a.programme_id WHERE a.id = ?")
                .param(applicationId)
                .query((rs, i) -> new CheckTerms(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .single();
    }

    /** Records the draw; false when the case has one already (the first draw stands). */
    public boolean insertDraw(DepthDraw d) {
        return jdbc.sql("INSERT IGNORE INTO report_depth_draw (application_id, reference_number, seed, drawn_value,"
                                + " sample_share, threshold, granted, in_depth, reason, drawn_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                d.applicationId(),
                                d.referenceNumber(),
                                d.seed(),
                                d.value(),
                                d.share(),
                                d.threshold(),
                                d.granted(),
                                d.inDepth(),
                                d.reason(),
                                Timestamp.from(d.drawnAt()))
                        .update()
                == 1;
    }

    public Optional<DepthDraw> draw(long applicationId) {
        return jdbc.sql("SELECT application_id, reference_number, seed, drawn_value, sample_share, threshold, granted,"
                        + " in_depth, reason, drawn_at FROM report_depth_draw WHERE application_id = ?")
                .param(applicationId)
                .query((rs, i) -> new DepthDraw(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBoolean(8),
                        rs.getString(9),
                        instant(rs, 10)))
                .optional();
    }

    /** Stores the check (replacing one sent back by the second pair of eyes) with its receipts. */
    public void saveCheck(ReportCheck c, List<ReceiptCheck> receipts) {
        jdbc.sql("DELETE FROM report_check WHERE application_id = ?")
                .param(c.applicationId())
                .update();
        jdbc.sql("INSERT INTO report_check (application_id, in_depth, recognised_eligible, non_eligible, actual_income,"
                        + " granted, recomputed_grant, paid, balance, outcome, note, checked_by, checked_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.applicationId(),
                        c.inDepth(),
                        c.recognisedEligible(),
                        c.nonEligible(),
                        c.actualIncome(),
                        c.granted(),
                        c.recomputedGrant(),
                        c.paid(),
                        c.balance(),
                        c.outcome(),
                        c.note(),
                        c.checkedBy(),
                        Timestamp.from(c.checkedAt()))
                .update();
        for (ReceiptCheck r : receipts) {
            jdbc.sql("INSERT INTO report_check_receipt (application_id, receipt_position, line_position, claimed,"
                            + " recognised, reason) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            c.applicationId(),
                            r.receiptPosition(),
                            r.linePosition(),
                            r.claimed(),
                            r.recognised(),
                            r.reason())
                    .update();
        }
    }

    public void confirmCheck(long applicationId, long by, Instant at) {
        jdbc.sql("UPDATE report_check SET confirmed_by = ?, confirmed_at = ? WHERE application_id = ?")
                .params(by, Timestamp.from(at), applicationId)
                .update();
    }

    public Optional<ReportCheck> check(long applicationId) {
        return jdbc.sql("SELECT application_id, in_depth, recognised_eligible, non_eligible, actual_income, granted,"
                        + " recomputed_grant, paid, balance, outcome, note, checked_by, checked_at, confirmed_by,"
                        + " confirmed_at FROM report_check WHERE application_id = ?")
                .param(applicationId)
                .query((rs, i) -> new ReportCheck(
                        rs.getLong(1),
                        rs.getBoolean(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getLong(12),
                        instant(rs, 13),
                        rs.getObject(14, Long.class),
                        instant(rs, 15)))
                .optional();
    }

    public List<ReceiptCheck> receipts(long applicationId) {
        return jdbc.sql("SELECT receipt_position, line_position, claimed, recognised, reason FROM report_check_receipt"
                        + " WHERE application_id = ? ORDER BY receipt_position")
                .param(applicationId)
                .query((rs, i) -> new ReceiptCheck(
                        rs.getInt(1),
                        rs.getObject(2, Integer.class),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getString(5)))
                .list();
    }

    /** Opens the reclaim with the amount proposed by the check and the hearing's deadline. */
    public void openReclaim(long applicationId, BigDecimal proposed, Instant hearingAt, LocalDate hearingDue) {
        jdbc.sql("DELETE FROM reclaim WHERE application_id = ?")
                .param(applicationId)
                .update();
        jdbc.sql("INSERT INTO reclaim (application_id, proposed, hearing_at, hearing_due) VALUES (?, ?, ?, ?)")
                .params(applicationId, proposed, Timestamp.from(hearingAt), Date.valueOf(hearingDue))
                .update();
    }

    public void decideReclaim(
            long applicationId, BigDecimal amount, boolean waived, String waiverReason, long by, Instant at) {
        jdbc.sql("UPDATE reclaim SET amount = ?, interest_waived = ?, waiver_reason = ?, decided_by = ?, decided_at = ?"
                        + " WHERE application_id = ?")
                .params(amount, waived, waiverReason, by, Timestamp.from(at), applicationId)
                .update();
    }

    public void noticeIssued(
            long applicationId, LocalDate interestFrom, LocalDate dueDate, BigDecimal interest, Instant at) {
        jdbc.sql(
                        "UPDATE reclaim SET interest_from = ?, due_date = ?, interest = ?, notice_at = ? WHERE application_id = ?")
                .params(Date.valueOf(interestFrom), Date.valueOf(dueDate), interest, Timestamp.from(at), applicationId)
                .update();
    }

    public void reminded(long applicationId, Instant at) {
        jdbc.sql("UPDATE reclaim SET reminded_at = ? WHERE application_id = ?")
                .params(Timestamp.from(at), applicationId)
                .update();
    }

    public void repaid(long applicationId, LocalDate on, BigDecimal amount, long by) {
        jdbc.sql(
                        "UPDATE reclaim SET repaid_on = ?, repaid_amount = ?, repayment_confirmed_by = ? WHERE application_id = ?")
                .params(Date.valueOf(on), amount, by, applicationId)
                .update();
    }

    public Optional<Reclaim> reclaim(long applicationId) {
        return jdbc.sql("SELECT application_id, proposed, hearing_at, hearing_due, amount, interest_waived,"
                        + " waiver_reason, decided_by, decided_at, interest_from, due_date, interest, notice_at,"
                        + " reminded_at, repaid_on, repaid_amount, repayment_confirmed_by"
                        + " FROM reclaim WHERE application_id = ?")
                .param(applicationId)
                .query((rs, i) -> new Reclaim(
                        rs.getLong(1),
                        rs.getBigDecimal(2),
                        instant(rs, 3),
                        date(rs, 4),
                        rs.getBigDecimal(5),
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getObject(8, Long.class),
                        instant(rs, 9),
                        date(rs, 10),
                        date(rs, 11),
                        rs.getBigDecimal(12),
                        instant(rs, 13),
                        instant(rs, 14),
                        date(rs, 15),
                        rs.getBigDecimal(16),
                        rs.getObject(17, Long.class)))
                .optional();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
