package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.programme.FinancingType;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeForm;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.review.ContentReviewSummary;
import de.kulturbuero.grants.review.FormalCheckOutcome;
import de.kulturbuero.grants.review.PaymentChecks;
import de.kulturbuero.grants.review.PaymentOrders;
import de.kulturbuero.grants.review.ReviewActions;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.settlement.BaseRateTable;
import de.kulturbuero.grants.settlement.BaseRates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationContext;

/**
 * Brings applications on the shared integration-test context to the money phase through the
 * same use cases the pages call: submitted by Anna (to the fixture's own programme), checked by Clara, reviewed
 * by Rita, approved by Rolf; then, as a test needs it, made final by Anna's waiver, given bank
 * details and a payment request. Every call keeps the caller's sign-in.
 */
public class PaymentFixture {

    public static final String APPLICANT = TestUsers.ANNA;
    public static final String CLERK = TestUsers.CLARA;
    public static final String FINANCE = "finn@example.org";
    public static final String IBAN = "DE02120300000000202051";
    public static final String HOLDER = "Kulturverein Linden e.V.";
    public static final String ADMIN = "adam@example.org";
    public static final String PREFIX = "ZT";

    private static volatile Long programme;

    private final TestApplications applications;
    private final TestUsers users;
    private final ReviewActions reviews;
    private final TaskService tasks;
    private final HistoryService history;
    private final ManagementService management;
    private final ApplicationContext context;

    public PaymentFixture(ApplicationContext context) {
        this.context = context;
        TestUsers.useStrategyOf(context);
        applications = context.getBean(TestApplications.class);
        users = context.getBean(TestUsers.class);
        reviews = context.getBean(ReviewActions.class);
        tasks = context.getBean(TaskService.class);
        history = context.getBean(HistoryService.class);
        management = context.getBean(ManagementService.class);
    }

    /**
     * The fixture's own programme (prefix {@value #PREFIX}): the seed programmes' yearly budgets
     * would run out under the many approvals of a whole test run. Payment terms are the defaults
     * (on request, 10 % holdback, two months). Made once per database.
     */
    public long programmeId() {
        Long known = programme;
        if (known != null) {
            return known;
        }
        synchronized (PaymentFixture.class) {
            if (programme == null) {
                programme = bean(ProgrammeService.class).allProgrammes().stream()
                        .filter(p -> PREFIX.equals(p.referencePrefix()))
                        .map(ProgrammeSummary::id)
                        .findFirst()
                        .orElseGet(this::createProgramme);
            }
            return programme;
        }
    }

    private long createProgramme() {
        ProgrammeForm form = new ProgrammeForm();
        form.setNameDe("Zahlungstest");
        form.setNameEn("Payment test");
        form.setFinancingType(FinancingType.DEFICIT);
        form.setMaxGrant(new BigDecimal("20000"));
        form.setAnnualBudget(new BigDecimal("100000000"));
        form.setDecisionThreshold(new BigDecimal("5000"));
        form.setMinLeadWeeks(6);
        form.setReferencePrefix(PREFIX);
        form.getCriteria().add(new ProgrammeForm.CriterionLine(null, "Qualität", "Quality", 100));
        return users.as(ADMIN, () -> {
            ProgrammeAdministration administration = bean(ProgrammeAdministration.class);
            long id = administration.save(form);
            administration.open(id);
            return id;
        });
    }

    /** An application approved with {@code granted} (at most 5,000, the reviewers' level); its award is open, not final. */
    public long approved(String granted) {
        BigDecimal amount = new BigDecimal(granted);
        long programmeId = programmeId();
        NewApplicationForm form = applications.form(TestApplications.uniqueTitle("Zahlung"));
        form.setProgrammeId(programmeId);
        form.setRequestedAmount(amount);
        long id = users.as(APPLICANT, () -> form.submitThrough(bean(GrantApplicationService.class)))
                .id();
        users.run(
                CLERK,
                () -> reviews.completeFormalCheck(
                        task(id, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false));
        users.run(TestUsers.RITA, () -> {
            String review = task(id, ProcessIds.TASK_CONTENT_REVIEW);
            reviews.completeContentReview(
                    review,
                    goodScores(reviews.task(review).criterionCodes()),
                    ContentReviewSummary.APPROVE,
                    amount,
                    null);
        });
        users.run(
                TestUsers.ROLF,
                () -> reviews.decide(task(id, ProcessIds.TASK_DECISION_REVIEWER), true, amount, null, null));
        runJobs(id);
        return id;
    }

    /** {@link #approved} and final by Anna's waiver, with her bank details in place. */
    public long readyForPayment(String granted) {
        long id = approved(granted);
        waive(id);
        users.run(APPLICANT, () -> bean(BankDetailsEntry.class).enter(id, HOLDER, IBAN, null));
        return id;
    }

    public void waive(long applicationId) {
        users.run(APPLICANT, () -> bean(AppealWaivers.class).waive(applicationId, true));
        runJobs(applicationId);
    }

    /** Anna asks for {@code amount}, needed in a week; returns the payment's id. */
    public long request(long applicationId, String amount) {
        return users.as(
                APPLICANT,
                () -> bean(PaymentRequesting.class)
                        .request(
                                applicationId,
                                new BigDecimal(amount),
                                LocalDate.now().plusDays(7),
                                "Reisekosten"));
    }

    /** The one open task of {@code step} in any of the application's processes. */
    public String task(long applicationId, String step) {
        List<Task> open = tasks.createTaskQuery()
                .processVariableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .taskDefinitionKey(step)
                .list();
        if (open.size() != 1) {
            throw new AssertionError(
                    "Expected one open " + step + " of application " + applicationId + ", found " + open.size());
        }
        return open.getFirst().getId();
    }

    /** The open task of {@code step} of one payment's process. */
    public String paymentTask(long paymentId, String step) {
        Task task = tasks.createTaskQuery()
                .processDefinitionKey(ProcessIds.PAYMENT_PROCESS)
                .processVariableValueEquals(ProcessIds.VAR_PAYMENT_ID, paymentId)
                .taskDefinitionKey(step)
                .singleResult();
        if (task == null) {
            throw new AssertionError("Payment " + paymentId + " has no open " + step);
        }
        return task.getId();
    }

    /** Clara confirms the request as correct, Finn orders it. */
    public void release(long paymentId) {
        users.run(
                CLERK, () -> bean(PaymentChecks.class).confirm(paymentTask(paymentId, ProcessIds.TASK_CHECK_PAYMENT)));
        users.run(
                FINANCE, () -> bean(PaymentOrders.class).order(paymentTask(paymentId, ProcessIds.TASK_ORDER_PAYMENT)));
    }

    /** Releases a payment (both eyes) and runs it through an executed payment run. */
    public void payThroughRun(long applicationId, long paymentId) {
        release(paymentId);
        PaymentRuns runs = bean(PaymentRuns.class);
        users.run(FINANCE, () -> {
            long run = runs.create(LocalDate.now().plusDays(1));
            runs.download(run, PaymentRuns.Format.PAIN_001);
            runs.execute(run, LocalDate.now());
        });
        runJobs(applicationId);
    }

    /**
     * Base rates up to the half-year after next, as the office keeps them (the seed ends in 2025),
     * so the interest of a reclaim notice dated today can be computed.
     */
    public void ensureBaseRates() {
        BaseRates rates = bean(BaseRates.class);
        LocalDate needed = BaseRateTable.halfYearOf(LocalDate.now().plusDays(40));
        users.run(ADMIN, () -> {
            while (rates.all().getFirst().validFrom().isBefore(needed)) {
                rates.add(rates.nextValidFrom(), new BigDecimal("1.27"));
            }
        });
    }

    /** The award process's waiting timers by their BPMN element id, with their due dates. */
    public java.util.Map<String, java.time.Instant> awardTimers(long applicationId) {
        return management
                .createTimerJobQuery()
                .processInstanceId(instance(applicationId, ProcessIds.AWARD_PROCESS))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        Job::getElementId, j -> j.getDuedate().toInstant()));
    }

    /** Moves the award's timer {@code elementId} to now and waits until it has run. */
    public void fireAwardTimer(long applicationId, String elementId) {
        Job job = management
                .createTimerJobQuery()
                .processInstanceId(instance(applicationId, ProcessIds.AWARD_PROCESS))
                .elementId(elementId)
                .singleResult();
        management.moveTimerToExecutableJob(job.getId());
        runJobs(applicationId);
    }

    /** Moves the award's finality timer to now and waits until it has run. */
    public void fireFinalityTimer(long applicationId) {
        Job timer = management
                .createTimerJobQuery()
                .processInstanceId(instance(applicationId, ProcessIds.AWARD_PROCESS))
                .elementId(ProcessIds.TIMER_FINALITY)
                .singleResult();
        if (timer == null) {
            throw new AssertionError("No finality timer waits for application " + applicationId);
        }
        management.moveTimerToExecutableJob(timer.getId());
        runJobs(applicationId);
    }

    /** The process instance of {@code processKey} for the application (the newest, for payments). */
    public String instance(long applicationId, String processKey) {
        List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .orderByProcessInstanceStartTime()
                .desc()
                .list();
        if (found.isEmpty()) {
            throw new AssertionError("No " + processKey + " process for application " + applicationId);
        }
        return found.getFirst().getId();
    }

    /** Waits (at most 60 s) until the job executor has run every job of the application's processes. */
    public void runJobs(long applicationId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<String> instances = history
                    .createHistoricProcessInstanceQuery()
                    .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                    .list()
                    .stream()
                    .map(HistoricProcessInstance::getId)
                    .toList();
            long dead = instances.stream()
                    .mapToLong(i -> management
                            .createDeadLetterJobQuery()
                            .processInstanceId(i)
                            .count())
                    .sum();
            if (dead > 0) {
                throw new AssertionError("An asynchronous step of application " + applicationId + " failed for good");
            }
            long waiting = instances.stream()
                    .mapToLong(i ->
                            management.createJobQuery().processInstanceId(i).count())
                    .sum();
            if (waiting == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The job executor did not run the jobs of application " + applicationId);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public TestUsers users() {
        return users;
    }

    private static Map<String, Integer> goodScores(List<String> codes) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        codes.forEach(code -> scores.put(code, 4));
        return scores;
    }
}
