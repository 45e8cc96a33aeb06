package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.security.Roles;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On demand only ({@code mvn -Pbenchmark verify}; not part of the test suite): builds 100,000
 * cases of which 50,000 have an open formal-check task (started through the real engine), then
 * times a page of 50 plus the tab counts from the inbox read model against Flowable's own task
 * query (candidate group, page of 50, count). Prints the medians.
 */
class InboxBenchmark extends ReviewTestSupport {

    private static final int CLOSED = Integer.getInteger("benchmark.closed", 50_000);
    private static final int OPEN = Integer.getInteger("benchmark.open", 50_000);
    private static final int THREADS = 4;

    @Test
    void a_page_of_50_with_counts_answers_within_150_ms_at_50000_open_tasks() throws Exception {
        long programme = programmeId(PROGRAMME_NS);
        long city = cityId("Leipzig");
        long applicant = jdbc.sql("SELECT id FROM account WHERE email = 'anna@example.org'")
                .query(Long.class)
                .single();
        long started = System.nanoTime();
        insertApplications(CLOSED, "APPROVED", "BC", programme, city, applicant);
        List<Long> open = insertApplications(OPEN, "SUBMITTED", "BO", programme, city, applicant);
        System.out.printf(
                "BENCHMARK inserted %,d application rows in %.1f s%n",
                CLOSED + OPEN, (System.nanoTime() - started) / 1e9);

        started = System.nanoTime();
        GrantReviewProcess process = context.getBean(GrantReviewProcess.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        int slice = (open.size() + THREADS - 1) / THREADS;
        for (int t = 0; t < THREADS; t++) {
            List<Long> mine = open.subList(Math.min(open.size(), t * slice), Math.min(open.size(), (t + 1) * slice));
            futures.add(pool.submit(() -> {
                for (int i = 0; i < mine.size(); i += 100) {
                    List<Long> batch = mine.subList(i, Math.min(mine.size(), i + 100));
                    tx.executeWithoutResult(s -> batch.forEach(id -> process.start(id, "BO-" + id, programme, null)));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(2, TimeUnit.HOURS);
        }
        pool.shutdown();
        System.out.printf(
                "BENCHMARK started %,d review processes in %.1f s%n", open.size(), (System.nanoTime() - started) / 1e9);
        jdbc.sql("ANALYZE TABLE inbox_task, ACT_RU_TASK, ACT_RU_IDENTITYLINK")
                .query()
                .listOfRows();

        as("clara@example.org");
        InboxQuery groups = InboxQuery.of(InboxQuery.Tab.GROUPS);
        InboxQuery filtered = new InboxQuery(
                InboxQuery.Tab.GROUPS,
                programme,
                city,
                null,
                new BigDecimal("1000"),
                new BigDecimal("4000"),
                null,
                null,
                "BO-2",
                InboxQuery.Sort.AMOUNT,
                true);
        assertThat(reviews.inboxCount(groups)).isGreaterThanOrEqualTo(OPEN);

        double ours = median(
                () -> {
                    reviews.inbox(groups, 0, 50);
                    reviews.inboxCounts(groups);
                    return null;
                },
                21);
        double oursFiltered = median(
                () -> {
                    reviews.inbox(filtered, 0, 50);
                    reviews.inboxCounts(filtered);
                    return null;
                },
                21);
        double oursDeepPage = median(() -> reviews.inbox(groups, 20_000, 50), 11);
        double flowablePage = median(
                () -> tasks.createTaskQuery()
                        .taskCandidateGroupIn(List.of(Roles.CLERK))
                        .orderByTaskCreateTime()
                        .asc()
                        .listPage(0, 50),
                5);
        double flowableCount = median(
                () -> tasks.createTaskQuery()
                        .taskCandidateGroupIn(List.of(Roles.CLERK))
                        .count(),
                5);
        double flowableVariable = median(
                () -> {
                    List<Task> page = tasks.createTaskQuery()
                            .taskCandidateGroupIn(List.of(Roles.CLERK))
                            .processVariableValueEquals("programmeId", programme)
                            .orderByTaskCreateTime()
                            .asc()
                            .listPage(0, 50);
                    tasks.createTaskQuery()
                            .taskCandidateGroupIn(List.of(Roles.CLERK))
                            .processVariableValueEquals("programmeId", programme)
                            .count();
                    return page;
                },
                5);

        System.out.printf("BENCHMARK %,d cases, %,d open tasks (medians)%n", CLOSED + OPEN, reviews.inboxCount(groups));
        System.out.printf("BENCHMARK read model: page of 50 + 3 tab counts           %8.1f ms%n", ours);
        System.out.printf("BENCHMARK read model: filtered page + counts               %8.1f ms%n", oursFiltered);
        System.out.printf("BENCHMARK read model: page at offset 20,000                %8.1f ms%n", oursDeepPage);
        System.out.printf("BENCHMARK Flowable task query: candidate group, page of 50 %8.1f ms%n", flowablePage);
        System.out.printf("BENCHMARK Flowable task query: candidate group, count()    %8.1f ms%n", flowableCount);
        System.out.printf("BENCHMARK Flowable task query: + process variable, page+count %8.1f ms%n", flowableVariable);
        assertThat(ours).isLessThan(150.0);
    }

    private List<Long> insertApplications(
            int count, String status, String prefix, long programme, long city, long applicant) {
        Instant now = Instant.now();
        Timestamp ts = Timestamp.from(now);
        long firstId = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM grant_application")
                .query(Long.class)
                .single();
        List<Long> ids = new ArrayList<>(count);
        var template = context.getBean(JdbcTemplate.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            ids.add(id);
            rows.add(new Object[] {
                id,
                applicant,
                programme,
                city,
                status,
                ts,
                prefix + "-" + id,
                "Benchmark case " + id,
                new BigDecimal(500 + (i % 90) * 50),
                ts,
                ts,
                ts
            });
            if (rows.size() == 2000 || i == count - 1) {
                template.batchUpdate(
                        "INSERT INTO grant_application (id, applicant_id, programme_id, partner_city_id, status, "
                                + "status_changed_at, reference_number, title, requested_amount, submitted_at, created_at, updated_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows);
                rows.clear();
            }
        }
        return ids;
    }

    private static double median(Supplier<Object> action, int runs) {
        action.get(); // warm-up
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            action.get();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
