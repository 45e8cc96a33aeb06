package de.kulturbuero.grants.review.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lock that serialises approvals against one programme's budget for one year: table
 * budget_commitment holds one row per (programme, year) as the lock's anchor, nothing else. What
 * is committed is not kept here; it is computed from the approved applications
 * ({@code grantapplication.ApprovedGrants}), so it cannot drift from what the dashboard shows.
 */
@Repository
public class BudgetLedger {

    private final JdbcClient jdbc;

    BudgetLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the (programme, year) row (SELECT ... FOR UPDATE, created on first use) until the
     * transaction ends: a second approval against the same budget waits here until the first has
     * committed or rolled back. Read what is committed only after this call: at READ COMMITTED (the
     * app's isolation, see DataSourceConfiguration) that read then sees the first approval.
     */
    public void lock(long programmeId, int year) {
        jdbc.sql("INSERT IGNORE INTO budget_commitment (programme_id, budget_year) VALUES (?, ?)")
                .params(programmeId, year)
                .update();
        jdbc.sql("SELECT programme_id FROM budget_commitment WHERE programme_id = ? AND budget_year = ? FOR UPDATE")
                .params(programmeId, year)
                .query(Long.class)
                .single();
    }
}
