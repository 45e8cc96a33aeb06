package de.kulturbuero.grants.payment.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code bank_details}: every account a recipient entered, with its status. */
@Repository
public class BankDetailsRows {

    public enum Status {
        /** The account payments go to. */
        ACTIVE,
        /** A change after the first payment order, waiting for an officer's confirmation. */
        PENDING,
        /** Replaced by a later entry. */
        SUPERSEDED,
        /** A change an officer did not confirm. */
        REJECTED
    }

    public record Row(
            long id,
            long applicationId,
            String holder,
            String iban,
            String bic,
            Status status,
            long enteredBy,
            Instant enteredAt,
            Long decidedBy,
            Instant decidedAt,
            String decisionReason) {}

    private static final String COLUMNS =
            "id, application_id, account_holder, iban, bic, status, entered_by, entered_at,"
                    + " decided_by, decided_at, decision_reason";

    private final JdbcClient jdbc;

    BankDetailsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long applicationId, String holder, String iban, String bic, Status status, long by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bank_details (application_id, account_holder, iban, bic, status, entered_by, entered_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(applicationId, holder, iban, bic, status.name(), by, Timestamp.from(at))
                .update(key);
        return key.getKey().longValue();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bank_details WHERE id = ?")
                .param(id)
                .query(BankDetailsRows::map)
                .optional();
    }

    public Optional<Row> withStatus(long applicationId, Status status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bank_details WHERE application_id = ? AND status = ?"
                        + " ORDER BY id DESC LIMIT 1")
                .params(applicationId, status.name())
                .query(BankDetailsRows::map)
                .optional();
    }

    public List<Row> ofApplication(long applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bank_details WHERE application_id = ? ORDER BY id")
                .param(applicationId)
                .query(BankDetailsRows::map)
                .list();
    }

    /** Marks every entry of the application in {@code from} as {@code to}. */
    public void replaceAll(long applicationId, Status from, Status to) {
        jdbc.sql("UPDATE bank_details SET status = ? WHERE application_id = ? AND status = ?")
                .params(to.name(), applicationId, from.name())
                .update();
    }

    public void decide(long id, Status status, long by, Instant at, String reason) {
        jdbc.sql("UPDATE bank_details SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ?")
                .params(status.name(), by, Timestamp.from(at), reason, id)
                .update();
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Status.valueOf(rs.getString(6)),
                rs.getLong(7),
                AwardRows.instant(rs, 8),
                rs.getObject(9, Long.class),
                AwardRows.instant(rs, 10),
                rs.getString(11));
    }
}
