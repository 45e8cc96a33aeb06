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
     * Locks the (programme, year) row (created on first use) until the transaction ends: a second
     * approval against the same budget waits here until the first has committed or rolled back.
     * Read what is committed only after this call: at READ COMMITTED (the app's isolation, see
     * DataSourceConfiguration) that read then sees the first approval.
     * <p>
     * One statement that takes the row's exclusive lock at once, whether it inserts or finds the
     * row. An INSERT IGNORE followed by SELECT ... FOR UPDATE took a shared lock on the existing row
     * first and then asked for the exclusive one: two approvals at the same moment each held the
     * shared lock and waited for the other, and InnoDB killed one as a deadlock.
     */
    public void lock(long programmeId, int year) {
        jdbc.sql("INSERT INTO budget_commitment (programme_id, budget_year) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE budget_year = budget_year")
                .params(programmeId, year)
                .update();
    }
}
