package de.kulturbuero.grants.review.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;

/**
 * What approvals have committed of a programme's annual budget (table budget_commitment, one row
 * per programme and year). {@link #lockCommitted} locks the row (SELECT ... FOR UPDATE) until the
 * transaction ends, so two approvals at once are counted one after the other and cannot overspend.
 */
@Repository
public class BudgetLedger {

    private final JdbcClient jdbc;

    BudgetLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Committed amount, without locking (for display). */
    public BigDecimal committed(long programmeId, int year) {
        return jdbc.sql("SELECT committed FROM budget_commitment WHERE programme_id = ? AND budget_year = ?")
                .params(programmeId, year).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    /** Committed amount, with the (programme, year) row locked until the transaction ends. */
    public BigDecimal lockCommitted(long programmeId, int year) {
        jdbc.sql("INSERT IGNORE INTO budget_commitment (programme_id, budget_year, committed) VALUES (?, ?, 0)")
                .params(programmeId, year).update();
        return jdbc.sql("SELECT committed FROM budget_commitment WHERE programme_id = ? AND budget_year = ? FOR UPDATE")
                .params(programmeId, year).query(BigDecimal.class).single();
    }

    /** Adds an approval; call only after {@link #lockCommitted} in the same transaction. */
    public void commit(long programmeId, int year, BigDecimal amount) {
        jdbc.sql("UPDATE budget_commitment SET committed = committed + ? WHERE programme_id = ? AND budget_year = ?")
                .params(amount, programmeId, year).update();
    }
}
