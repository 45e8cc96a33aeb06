package de.kulturbuero.grants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.SignedIn;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On demand only ({@code -Pbenchmark}; not part of the suite): the deadline rush. N client threads
 * (1, 4, 16) each hand in complete applications along the wizard's own service calls (create the
 * draft, save it after each of its four steps, submit with the receipt PDF, which starts the review
 * process up to its first task, the formal check), against the real MariaDB. In the same run and on
 * the same database and engine settings, the bare engine starts the same process with the same
 * variables to its first task, from the same number of threads. Prints one table: submissions per
 * second, the submit call's p50/p95/p99 latency, bare starts per second and the ratio.
 */
@IntegrationTest
class SubmissionBenchmark {

    private static final int PER_LEVEL = Integer.getInteger("benchmark.submissions", 200);
    private static final int[] THREADS = {1, 4, 16};

    private final GrantApplicationService applications;
    private final TestApplications testApplications;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate tx;
    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    @Autowired
    SubmissionBenchmark(
            GrantApplicationService applications,
            TestApplications testApplications,
            AccountService accounts,
            UserDetailsService users,
            RuntimeService runtime,
            TaskService tasks,
            PlatformTransactionManager transactions,
            ApplicationContext context,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.testApplications = testApplications;
        this.accounts = accounts;
        this.users = users;
        this.runtime = runtime;
        this.tasks = tasks;
        this.tx = new TransactionTemplate(transactions);
        this.context = context;
    }

    /** What one level measured. */
    private record Level(
            int threads,
            int count,
            double seconds,
            List<Double> submitMillis,
            double createMillis,
            double savesMillis) {

        double perSecond() {
            return count / seconds;
        }

        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(submitMillis);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }

    @Test
    void deadline_rush_beside_the_bare_engine() throws Exception {
        long programmeId = testApplications.internationalCulture().id();
        // warm-up: the JIT, the PDF fonts and the connection pool, so the first level is not the cold start
        portal(4, 40, programmeId);
        bare(4, 40, programmeId);

        List<String> rows = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        for (int threads : THREADS) {
            Level ours = portal(threads, PER_LEVEL, programmeId);
            Level engine = bare(threads, PER_LEVEL, programmeId);
            rows.add(String.format(
                    Locale.ROOT,
                    "BENCHMARK %7d | %13.1f | %8.0f | %8.0f | %8.0f | %15.1f | %5.0f %%",
                    threads,
                    ours.perSecond(),
                    ours.percentile(50),
                    ours.percentile(95),
                    ours.percentile(99),
                    engine.perSecond(),
                    100 * ours.perSecond() / engine.perSecond()));
            phases.add(String.format(
                    Locale.ROOT,
                    "BENCHMARK %7d | create draft %6.1f ms | 4 saves %6.1f ms | submit (mean) %6.1f ms",
                    threads,
                    ours.createMillis(),
                    ours.savesMillis(),
                    ours.submitMillis().stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElse(0)));
        }
        System.out.printf(
                "BENCHMARK deadline rush: %d complete applications per level (create, 4 saves, submit with receipt, first task)%n",
                PER_LEVEL);
        System.out.println(
                "BENCHMARK threads | submissions/s | p50 (ms) | p95 (ms) | p99 (ms) | bare starts/s   | ratio");
        rows.forEach(System.out::println);
        System.out.println("BENCHMARK where the time of one application goes (means per application)");
        phases.forEach(System.out::println);
    }

    /** {@code count} complete applications from {@code threads} applicants at once. */
    private Level portal(int threads, int count, long programmeId) throws Exception {
        List<String> applicants = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String email = "rush." + t + "." + System.nanoTime() + "@example.org";
            accounts.createIfAbsent(
                    email, "benchmark passphrase 2026", "Rush " + t, "Verein " + t, "de", List.of(Roles.APPLICANT));
            applicants.add(email);
        }
        ConcurrentLinkedQueue<Double> submits = new ConcurrentLinkedQueue<>();
        DoubleAdder creating = new DoubleAdder();
        DoubleAdder saving = new DoubleAdder();
        ConcurrentLinkedQueue<String> references = new ConcurrentLinkedQueue<>();
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (String email : applicants) {
            futures.add(pool.submit(() -> {
                TestUsers.useStrategyOf(context);
                while (left.getAndDecrement() > 0) {
                    SignedIn.run(users, email, () -> {
                        NewApplicationForm form = testApplications.form("Rush " + System.nanoTime());
                        ApplicationDraft full = form.draft();
                        long c = System.nanoTime();
                        long id = applications.createDraft(programmeId);
                        creating.add((System.nanoTime() - c) / 1e6);
                        c = System.nanoTime();
                        for (ApplicationDraft step : steps(full)) {
                            applications.saveDraft(id, step);
                        }
                        saving.add((System.nanoTime() - c) / 1e6);
                        long t = System.nanoTime();
                        ApplicationSummary submitted = applications.submit(id, Locale.GERMAN);
                        submits.add((System.nanoTime() - t) / 1e6);
                        references.add(submitted.referenceNumber());
                    });
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(1, TimeUnit.HOURS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        assertFirstTasks(references);
        return new Level(
                threads, count, seconds, new ArrayList<>(submits), creating.sum() / count, saving.sum() / count);
    }

    /**
     * The bare engine: the same process, the same variables, to its first task. The process calls
     * back into the application row (its status), so the rows are written beforehand with plain SQL,
     * outside the time taken.
     */
    private Level bare(int threads, int count, long programmeId) throws Exception {
        ConcurrentLinkedQueue<long[]> rows = new ConcurrentLinkedQueue<>();
        long applicant = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, TestUsers.ANNA);
        long city = jdbc.queryForObject("SELECT MIN(id) FROM partner_city", Long.class);
        String run = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        for (int i = 0; i < count; i++) {
            Timestamp now = Timestamp.from(Instant.now());
            String key = "BARE-" + run + "-" + i;
            KeyHolder id = new GeneratedKeyHolder();
            jdbc.update(
                    c -> {
                        PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO grant_application (applicant_id, programme_id, partner_city_id, status, "
                                        + "status_changed_at, reference_number, title, requested_amount, submitted_at, "
                                        + "created_at, updated_at) VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, 4000.00, ?, ?, ?)",
                                Statement.RETURN_GENERATED_KEYS);
                        ps.setLong(1, applicant);
                        ps.setLong(2, programmeId);
                        ps.setLong(3, city);
                        ps.setTimestamp(4, now);
                        ps.setString(5, key);
                        ps.setString(6, "Bare start " + key);
                        ps.setTimestamp(7, now);
                        ps.setTimestamp(8, now);
                        ps.setTimestamp(9, now);
                        return ps;
                    },
                    id);
            rows.add(new long[] {id.getKey().longValue(), i});
        }
        String[] keysOf = new String[count];
        for (long[] r : rows) {
            keysOf[(int) r[1]] = "BARE-" + run + "-" + r[1];
        }
        ConcurrentLinkedQueue<String> keys = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] row;
                while ((row = rows.poll()) != null) {
                    String key = keysOf[(int) row[1]];
                    long applicationId = row[0];
                    tx.executeWithoutResult(s -> runtime.createProcessInstanceBuilder()
                            .processDefinitionKey(ProcessIds.PROCESS)
                            .businessKey(key)
                            .variable(ProcessIds.VAR_APPLICATION_ID, applicationId)
                            .variable(ProcessIds.VAR_REFERENCE_NUMBER, key)
                            .variable(ProcessIds.VAR_PROGRAMME_ID, programmeId)
                            .variable(ProcessIds.VAR_SUBMITTED_BY, "bench")
                            .start());
                    keys.add(key);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(1, TimeUnit.HOURS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        assertFirstTasks(keys);
        return new Level(threads, count, seconds, List.of(), 0, 0);
    }

    /**
     * The wizard's saves, each with the whole draft as it stands: after the project step, the
     * partner step, the financing plan, and the travel and declarations.
     */
    private static List<ApplicationDraft> steps(ApplicationDraft full) {
        ApplicationDraft project = new ApplicationDraft();
        project.setTitle(full.getTitle());
        project.setSummary(full.getSummary());
        project.setDescription(full.getDescription());
        project.setCategory(full.getCategory());
        project.setPlace(full.getPlace());
        project.setStartDate(full.getStartDate());
        project.setEndDate(full.getEndDate());
        project.setParticipantsLocal(full.getParticipantsLocal());
        project.setParticipantsPartner(full.getParticipantsPartner());
        ApplicationDraft partner = withPartner(project, full);
        ApplicationDraft financing = withPartner(project, full);
        financing.getCostLines().addAll(full.getCostLines());
        financing.getIncomeLines().addAll(full.getIncomeLines());
        financing.setRequestedGrant(full.getRequestedGrant());
        return List.of(project, partner, financing, full);
    }

    private static ApplicationDraft withPartner(ApplicationDraft project, ApplicationDraft full) {
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle(project.getTitle());
        d.setSummary(project.getSummary());
        d.setDescription(project.getDescription());
        d.setCategory(project.getCategory());
        d.setPlace(project.getPlace());
        d.setStartDate(project.getStartDate());
        d.setEndDate(project.getEndDate());
        d.setParticipantsLocal(project.getParticipantsLocal());
        d.setParticipantsPartner(project.getParticipantsPartner());
        d.setPartnerCityId(full.getPartnerCityId());
        d.setPartnerOrganisation(full.getPartnerOrganisation());
        d.setPartnerContact(full.getPartnerContact());
        d.setPartnerCountry(full.getPartnerCountry());
        d.setPartnerRole(full.getPartnerRole());
        return d;
    }

    /** Every acknowledged submission (or bare start) waits in its first task, the formal check. */
    private void assertFirstTasks(Iterable<String> businessKeys) {
        for (String key : businessKeys) {
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKey(key)
                            .taskDefinitionKey(ProcessIds.TASK_FORMAL_CHECK)
                            .count())
                    .as(key)
                    .isEqualTo(1);
        }
    }
}
