package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.review.domain.BudgetLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approvals against one budget at the same moment queue on its lock, and none of them is killed
 * as a deadlock victim (which the officer would see as a failed decision).
 */
@IntegrationTest
class BudgetLockIT {

    private static final int THREADS = 4;
    private static final int ROUNDS = 40;

    private final BudgetLedger ledger;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    @Autowired
    BudgetLockIT(BudgetLedger ledger, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.ledger = ledger;
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    @Test
    void approvals_at_the_same_moment_wait_for_each_other_instead_of_deadlocking() throws Exception {
        long programme = jdbc.sql("SELECT MIN(id) FROM funding_programme")
                .query(Long.class)
                .single();
        // a year of its own, whose lock row exists from the first round on (the common case: the year's first
        // approval made it)
        int year = 2900 + (int) (System.nanoTime() % 90);
        tx.executeWithoutResult(s -> ledger.lock(programme, year));
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(pool.submit(() -> {
                int done = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    tx.executeWithoutResult(s -> {
                        ledger.lock(programme, year);
                        // what an approval does while it holds the lock: read what is committed, write the decision
                        jdbc.sql("SELECT COUNT(*) FROM grant_application WHERE programme_id = ?")
                                .param(programme)
                                .query(Long.class)
                                .single();
                    });
                    done++;
                }
                return done;
            }));
        }
        int done = 0;
        for (Future<Integer> f : results) {
            done += f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(done).isEqualTo(THREADS * ROUNDS);
    }
}
