package de.kulturbuero.grants.finalreport.domain;

import de.kulturbuero.grants.finalreport.OfficeRequests;
import de.kulturbuero.grants.finalreport.ReportDraft;
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
 * Tables {@code final_report}, {@code final_report_line} and {@code final_report_receipt}. A save
 * writes the whole report: the lines and receipts are few, and replacing them keeps each
 * receipt's reference to its line (by position) exact.
 */
@Repository
public class ReportRows {

    /** The report row without its content. */
    public record Header(
            long applicationId,
            String status,
            long version,
            Instant savedAt,
            Instant submittedAt,
            Long submittedBy,
            String language,
            boolean hasPdf) {

        public boolean isSubmitted() {
            return SUBMITTED.equals(status);
        }
    }

    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";
    /** Submitted, then reopened by the office for corrections: the recipient edits and submits again. */
    public static final String CORRECTION = "CORRECTION";

    private static final String HEADER = "SELECT application_id, status, version, saved_at, submitted_at, submitted_by,"
            + " language, receipt_pdf IS NOT NULL FROM final_report WHERE application_id = ?";

    private final JdbcClient jdbc;

    ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the draft unless it exists; {@code true} when this call created it. Two first opens
     * at the same moment queue on the key: the second finds the first's row and creates nothing.
     */
    public boolean create(long applicationId, Instant now) {
        return jdbc.sql("INSERT IGNORE INTO final_report (application_id, status, version, created_at, saved_at)"
                                + " VALUES (?, ?, 0, ?, ?)")
                        .params(applicationId, DRAFT, Timestamp.from(now), Timestamp.from(now))
                        .update()
                == 1;
    }

    public Optional<Header> find(long applicationId) {
        return jdbc.sql(HEADER).param(applicationId).query(ReportRows::header).optional();
    }

    /** The report row, locked until the transaction ends: saves and the submission queue up here. */
    public Optional<Header> lock(long applicationId) {
        return jdbc.sql(HEADER + " FOR UPDATE")
                .param(applicationId)
                .query(ReportRows::header)
                .optional();
    }

    /** The whole content of the report. */
    public ReportDraft load(long applicationId) {
        ReportDraft d = jdbc.sql("SELECT version, carried_out_as_planned, changes_explanation, actual_start_date,"
                        + " actual_end_date, actual_place, participants_local, participants_partner, partner_city_id,"
                        + " partner_contribution, publicity, declared_economical, declared_receipts_kept"
                        + " FROM final_report WHERE application_id = ?")
                .param(applicationId)
                .query((rs, i) -> {
                    ReportDraft r = new ReportDraft();
                    r.setVersion(rs.getLong(1));
                    r.setCarriedOutAsPlanned(rs.getObject(2, Boolean.class));
                    r.setChanges(rs.getString(3));
                    r.setActualStart(date(rs, 4));
                    r.setActualEnd(date(rs, 5));
                    r.setPlace(rs.getString(6));
                    r.setParticipantsLocal(rs.getObject(7, Integer.class));
                    r.setParticipantsPartner(rs.getObject(8, Integer.class));
                    r.setPartnerCityId(rs.getObject(9, Long.class));
                    r.setPartnerContribution(rs.getString(10));
                    r.setPublicity(rs.getString(11));
                    r.setDeclaredEconomical(rs.getBoolean(12));
                    r.setDeclaredReceiptsKept(rs.getBoolean(13));
                    return r;
                })
                .single();
        d.getLines()
                .addAll(jdbc.sql("SELECT kind, plan_position, category, label, eligible, planned_amount, actual_amount"
                                + " FROM final_report_line WHERE application_id = ? ORDER BY position")
                        .param(applicationId)
                        .query((rs, i) -> new ReportDraft.Line(
                                ReportDraft.Kind.valueOf(rs.getString(1)),
                                rs.getObject(2, Integer.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBoolean(5),
                                rs.getBigDecimal(6),
                                rs.getBigDecimal(7)))
                        .list());
        d.getReceipts()
                .addAll(jdbc.sql("SELECT receipt_date, payee, purpose, line_position, amount_eur, currency,"
                                + " original_amount, exchange_rate, rate_source"
                                + " FROM final_report_receipt WHERE application_id = ? ORDER BY position")
                        .param(applicationId)
                        .query((rs, i) -> new ReportDraft.Receipt(
                                        date(rs, 1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getObject(4, Integer.class),
                                        rs.getBigDecimal(5))
                                .foreign(rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9)))
                        .list());
        return d;
    }

    /** Writes the content and counts the version up; returns the new version. */
    public long save(long applicationId, ReportDraft d, Instant now) {
        jdbc.sql("UPDATE final_report SET carried_out_as_planned = ?, changes_explanation = ?, actual_start_date = ?,"
                        + " actual_end_date = ?, actual_place = ?, participants_local = ?, participants_partner = ?,"
                        + " partner_city_id = ?, partner_contribution = ?, publicity = ?, declared_economical = ?,"
                        + " declared_receipts_kept = ?, version = version + 1, saved_at = ? WHERE application_id = ?")
                .params(
                        d.getCarriedOutAsPlanned(),
                        d.getChanges(),
                        sqlDate(d.getActualStart()),
                        sqlDate(d.getActualEnd()),
                        d.getPlace(),
                        d.getParticipantsLocal(),
                        d.getParticipantsPartner(),
                        d.getPartnerCityId(),
                        d.getPartnerContribution(),
                        d.getPublicity(),
                        d.isDeclaredEconomical(),
                        d.isDeclaredReceiptsKept(),
                        Timestamp.from(now),
                        applicationId)
                .update();
        replaceLines(applicationId, d.getLines(), d.getReceipts());
        return jdbc.sql("SELECT version FROM final_report WHERE application_id = ?")
                .param(applicationId)
                .query(Long.class)
                .single();
    }

    /** The lines copied from the plan when the report is created. */
    public void insertLines(long applicationId, List<ReportDraft.Line> lines) {
        replaceLines(applicationId, lines, List.of());
    }

    private void replaceLines(long applicationId, List<ReportDraft.Line> lines, List<ReportDraft.Receipt> receipts) {
        jdbc.sql("DELETE FROM final_report_receipt WHERE application_id = ?")
                .param(applicationId)
                .update();
        jdbc.sql("DELETE FROM final_report_line WHERE application_id = ?")
                .param(applicationId)
                .update();
        for (int i = 0; i < lines.size(); i++) {
            ReportDraft.Line l = lines.get(i);
            jdbc.sql("INSERT INTO final_report_line (application_id, position, kind, plan_position, category, label,"
                            + " eligible, planned_amount, actual_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            applicationId,
                            i,
                            l.getKind().name(),
                            l.getPlanPosition(),
                            l.getCategory(),
                            l.getLabel(),
                            l.isEligible(),
                            l.getPlanned(),
                            l.getActual())
                    .update();
        }
        for (int i = 0; i < receipts.size(); i++) {
            ReportDraft.Receipt r = receipts.get(i);
            jdbc.sql("INSERT INTO final_report_receipt (application_id, position, line_position, receipt_date, payee,"
                            + " purpose, amount_eur, currency, original_amount, exchange_rate, rate_source)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            applicationId,
                            i,
                            r.getLine(),
                            sqlDate(r.getDate()),
                            r.getPayee(),
                            r.getPurpose(),
                            r.getAmountEur(),
                            r.getCurrency(),
                            r.getOriginalAmount(),
                            r.getRate(),
                            r.getRateSource())
                    .update();
        }
    }

    public void submitted(long applicationId, long by, Instant at, String language, byte[] pdf) {
        jdbc.sql(
                        "UPDATE final_report SET status = ?, submitted_at = ?, submitted_by = ?, language = ?, receipt_pdf = ?,"
                                + " version = version + 1 WHERE application_id = ? AND status IN (?, ?)")
                .params(SUBMITTED, Timestamp.from(at), by, language, pdf, applicationId, DRAFT, CORRECTION)
                .update();
    }

    /** Reopens the submitted report for corrections; false when it is not submitted. */
    public boolean reopen(long applicationId, String request, LocalDate due, Instant at) {
        return jdbc.sql("UPDATE final_report SET status = ?, correction_request = ?, correction_due = ?,"
                                + " correction_requested_at = ?, version = version + 1"
                                + " WHERE application_id = ? AND status = ?")
                        .params(CORRECTION, request, Date.valueOf(due), Timestamp.from(at), applicationId, SUBMITTED)
                        .update()
                == 1;
    }

    /** The reply deadline passed: the report is closed again as it stands (the last submitted version). */
    public boolean closeCorrections(long applicationId) {
        return jdbc.sql(
                                "UPDATE final_report SET status = ?, version = version + 1 WHERE application_id = ? AND status = ?")
                        .params(SUBMITTED, applicationId, CORRECTION)
                        .update()
                == 1;
    }

    public void openHearing(long applicationId, LocalDate due) {
        jdbc.sql("UPDATE final_report SET hearing_due = ?, hearing_response = NULL, hearing_responded_at = NULL"
                        + " WHERE application_id = ?")
                .params(Date.valueOf(due), applicationId)
                .update();
    }

    /** Stores the response; false when no hearing is open (none asked, or answered already). */
    public boolean respondToHearing(long applicationId, String response, Instant at) {
        return jdbc.sql(
                                "UPDATE final_report SET hearing_response = ?, hearing_responded_at = ?"
                                        + " WHERE application_id = ? AND hearing_due IS NOT NULL AND hearing_responded_at IS NULL")
                        .params(response, Timestamp.from(at), applicationId)
                        .update()
                == 1;
    }

    /** The hearing's deadline passed without a response: no response is taken any more. */
    public void closeHearing(long applicationId, Instant at) {
        jdbc.sql(
                        "UPDATE final_report SET hearing_responded_at = ? WHERE application_id = ? AND hearing_responded_at IS NULL")
                .params(Timestamp.from(at), applicationId)
                .update();
    }

    public OfficeRequests officeRequests(long applicationId) {
        return jdbc.sql("SELECT correction_request, correction_due, hearing_due, hearing_response, hearing_responded_at"
                        + " FROM final_report WHERE application_id = ?")
                .param(applicationId)
                .query((rs, i) ->
                        new OfficeRequests(rs.getString(1), date(rs, 2), date(rs, 3), rs.getString(4), instant(rs, 5)))
                .optional()
                .orElse(new OfficeRequests(null, null, null, null, null));
    }

    public Optional<byte[]> pdf(long applicationId) {
        return jdbc.sql("SELECT receipt_pdf FROM final_report WHERE application_id = ? AND receipt_pdf IS NOT NULL")
                .param(applicationId)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }

    private static Header header(ResultSet rs, int i) throws SQLException {
        return new Header(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                instant(rs, 4),
                instant(rs, 5),
                rs.getObject(6, Long.class),
                rs.getString(7),
                rs.getBoolean(8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
