package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.review.process.ProcessIds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On demand only ({@code -Pbenchmark}; not part of the suite): whole cases per second, from the
 * submission through the formal check, the content review and the decision to the written
 * approval notice (the asynchronous notice job done), through the same use cases the pages call,
 * at 1 and 4 threads. Beside it in the same run the bare engine: a process of four user tasks,
 * started, its four tasks completed, ended, from the same number of threads on the same database.
 */
@IntegrationTest
class LifecycleBenchmark {

    private static final int PER_LEVEL = Integer.getInteger("benchmark.cases", 100);
    private static final int[] THREADS = {1, 4};
    private static final String BARE_KEY = "benchmarkFourTasks";

    private final PaymentFixture fixture;
    private final TestApplications applications;
    private final TestUsers users;
    private final ReviewActions reviews;
    private final GrantApplicationService applicationService;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    @Autowired
    LifecycleBenchmark(
            ApplicationContext context,
            TestApplications applications,
            TestUsers users,
            ReviewActions reviews,
            GrantApplicationService applicationService,
            RuntimeService runtime,
            TaskService tasks,
            RepositoryService repository,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc) {
        this.fixture = new PaymentFixture(context);
        this.applications = applications;
        this.users = users;
        this.reviews = reviews;
        this.applicationService = applicationService;
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    @Test
    void whole_cases_beside_the_bare_engine() throws Exception {
        repository
                .createDeployment()
                .name("benchmark")
                .addString("benchmark-four-tasks.bpmn20.xml", fourTasks())
                .deploy();
        long programme = fixture.programmeId();
        portal(2, 10, programme);
        bare(2, 20);

        List<String> rows = new ArrayList<>();
        for (int threads : THREADS) {
            double ours = portal(threads, PER_LEVEL, programme);
            double engine = bare(threads, PER_LEVEL);
            rows.add(String.format(
                    Locale.ROOT,
                    "BENCHMARK %7d | %12.2f | %26.2f | %5.0f %%",
                    threads,
                    ours,
                    engine,
                    100 * ours / engine));
        }
        System.out.printf(
                "BENCHMARK lifecycle: %d cases per level (submit, formal check, content review, decision, notice written)%n",
                PER_LEVEL);
        System.out.println("BENCHMARK threads | cases/s      | bare start, 4 tasks, end/s | ratio");
        rows.forEach(System.out::println);
    }

    /** Cases per second, until the last notice is written. */
    private double portal(int threads, int count, long programme) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    ids.add(oneCase(programme));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(1, TimeUnit.HOURS);
        }
        pool.shutdown();
        waitForNotices(ids);
        double seconds = (System.nanoTime() - started) / 1e9;
        return count / seconds;
    }

    /** One case along the pages' use cases; the notice is written by the job executor meanwhile. */
    private long oneCase(long programme) {
        BigDecimal amount = new BigDecimal("2000.00");
        NewApplicationForm form = applications.form(TestApplications.uniqueTitle("Lifecycle"));
        form.setProgrammeId(programme);
        form.setRequestedAmount(amount);
        long id = users.as(PaymentFixture.APPLICANT, () -> form.submitThrough(applicationService))
                .id();
        users.run(
                TestUsers.CLARA,
                () -> reviews.completeFormalCheck(
                        inboxTask(id, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false));
        users.run(TestUsers.RITA, () -> {
            String review = inboxTask(id, ProcessIds.TASK_CONTENT_REVIEW);
            reviews.completeContentReview(
                    review,
                    ReviewTestSupport.goodScores(reviews.task(review).criterionCodes()),
                    ContentReviewSummary.APPROVE,
                    amount,
                    null);
        });
        users.run(
                TestUsers.ROLF,
                () -> reviews.decide(inboxTask(id, ProcessIds.TASK_DECISION_REVIEWER), true, amount, null, null));
        return id;
    }

    /** The task as an officer finds it: from the inbox's read model, as the inbox page does. */
    private String inboxTask(long applicationId, String step) {
        return jdbc.queryForObject(
                "SELECT task_id FROM inbox_task WHERE application_id = ? AND step = ?",
                String.class,
                applicationId,
                step);
    }

    private void waitForNotices(Iterable<Long> ids) throws InterruptedException {
        List<Long> all = new ArrayList<>();
        ids.forEach(all::add);
        String in = String.join(",", all.stream().map(String::valueOf).toList());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            int written = jdbc.queryForObject(
                    "SELECT COUNT(DISTINCT application_id) FROM application_notice WHERE application_id IN (" + in
                            + ")",
                    Integer.class);
            if (written == all.size()) {
                return;
            }
            assertThat(System.nanoTime()).as("notices written in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Bare engine: start, complete four user tasks, end; per second. */
    private double bare(int threads, int count) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    String instance = tx.execute(
                            s -> runtime.startProcessInstanceByKey(BARE_KEY).getId());
                    for (int step = 0; step < 4; step++) {
                        tx.executeWithoutResult(s -> {
                            Task task = tasks.createTaskQuery()
                                    .processInstanceId(instance)
                                    .singleResult();
                            tasks.complete(task.getId());
                        });
                    }
                    assertThat(runtime.createProcessInstanceQuery()
                                    .processInstanceId(instance)
                                    .count())
                            .isZero();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(1, TimeUnit.HOURS);
        }
        pool.shutdown();
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private static String fourTasks() {
        StringBuilder flow = new StringBuilder();
        String previous = "start";
        for (int i = 1; i <= 4; i++) {
            flow.append("<userTask id=\"task").append(i).append("\" flowable:candidateGroups=\"BENCH\"/>");
            flow.append("<sequenceFlow id=\"f")
                    .append(i)
                    .append("\" sourceRef=\"")
                    .append(previous)
                    .append("\" targetRef=\"task")
                    .append(i)
                    .append("\"/>");
            previous = "task" + i;
        }
        flow.append("<sequenceFlow id=\"f5\" sourceRef=\"task4\" targetRef=\"end\"/>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:flowable=\"http://flowable.org/bpmn\" targetNamespace=\"benchmark\">"
                + "<process id=\"" + BARE_KEY + "\" isExecutable=\"true\"><startEvent id=\"start\"/>"
                + flow
                + "<endEvent id=\"end\"/></process></definitions>";
    }
}
