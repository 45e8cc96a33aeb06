package de.kulturbuero.grants.grantapplication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.shared.SignedIn;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submission that has taken its reference number does not hold the counter while the rest of
 * it runs (process start, receipt): the next submission of the same programme gets its number at
 * once, and the numbers follow each other.
 */
@IntegrationTest
class ReferenceNumbersIT {

    private final ReferenceNumbers numbers;
    private final TransactionTemplate tx;

    @Autowired
    ReferenceNumbersIT(ReferenceNumbers numbers, PlatformTransactionManager transactions) {
        this.numbers = numbers;
        this.tx = new TransactionTemplate(transactions);
    }

    @Test
    void a_number_taken_in_a_running_submission_does_not_make_the_next_one_wait() throws Exception {
        String prefix = SignedIn.randomPrefix();
        // two threads of their own: the common pool may have a single worker on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(
                () -> tx.execute(s -> {
                    String number = numbers.next(prefix, 2031);
                    taken.countDown();
                    try {
                        // the rest of a long submission, still in its transaction
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return number;
                }),
                threads);
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            String second = CompletableFuture.supplyAsync(() -> tx.execute(s -> numbers.next(prefix, 2031)), threads)
                    .get(5, TimeUnit.SECONDS);
            assertThat(second).isEqualTo(prefix + "-2031-0002");
        } finally {
            release.countDown();
        }
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(prefix + "-2031-0001");
        threads.shutdown();
    }
}
