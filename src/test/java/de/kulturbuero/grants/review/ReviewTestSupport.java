package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.review.process.ProcessIds;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.ApplicationContext;
import de.kulturbuero.grants.grantapplication.ApplicantCaseService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One Spring context (one embedded MariaDB + engine) for all review tests. The asynchronous job
 * executor is off, so timers and asynchronous steps run only when a test executes them through
 * Flowable's ManagementService: deterministic, no waiting.
 */
@SpringBootTest
@TestPropertySource(properties = {"flowable.async-executor-activate=false", "grants.review.reply-deadline-days=21",
        "grants.review.reminder-days-before=7", "grants.review.overdue-days=10"})
abstract class ReviewTestSupport {

    /** Programme "Nachhaltige Stadtentwicklung" (seed data): max grant 20,000, budget 100,000, threshold 5,000. */
    static final String PROGRAMME_NS = "sustainable-urban-development";

    // Wired in @BeforeEach rather than by @Autowired fields: Spring Modulith's verification (ArchitectureTest) also
    // reads test classes and refuses field injection.
    UserDetailsService users;
    GrantApplicationService applications;
    ApplicantCaseService applicantCases;
    ReviewService reviews;
    RuntimeService runtime;
    TaskService tasks;
    HistoryService history;
    ManagementService management;
    JdbcClient jdbc;

    @BeforeEach
    void wire(ApplicationContext context) {
        de.kulturbuero.grants.TestUsers.useStrategyOf(context);
        users = context.getBean(UserDetailsService.class);
        applications = context.getBean(GrantApplicationService.class);
        applicantCases = context.getBean(ApplicantCaseService.class);
        reviews = context.getBean(ReviewService.class);
        runtime = context.getBean(RuntimeService.class);
        tasks = context.getBean(TaskService.class);
        history = context.getBean(HistoryService.class);
        management = context.getBean(ManagementService.class);
        jdbc = context.getBean(JdbcClient.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void as(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    long programmeId(String code) {
        return jdbc.sql("SELECT id FROM funding_programme WHERE code = ?").param(code).query(Long.class).single();
    }

    long cityId(String name) {
        return jdbc.sql("SELECT id FROM partner_city WHERE name = ?").param(name).query(Long.class).single();
    }

    /** Anna submits an application to the NS programme; returns its id. */
    long submit(String amount) {
        as("anna@example.org");
        NewApplicationForm form = new NewApplicationForm();
        form.setProgrammeId(programmeId(PROGRAMME_NS));
        form.setTitle("Klimapartnerschaft Poznań " + System.nanoTime());
        form.setPartnerCityId(cityId("Poznań"));
        form.setPartnerOrganisation("Urząd Miasta Poznania");
        form.setSummary("Gemeinsame Workshops zu Klimaanpassung.");
        form.setStartDate(LocalDate.now().plusMonths(3));
        form.setEndDate(LocalDate.now().plusMonths(4));
        form.setRequestedAmount(new BigDecimal(amount));
        return applications.submit(form).id();
    }

    ProcessInstance instance(long applicationId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.PROCESS)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId).singleResult();
    }

    String processInstanceId(long applicationId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessIds.PROCESS)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId).singleResult().getId();
    }

    /** The one open user task of the application. */
    Task openTask(long applicationId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId(applicationId)).list();
        if (open.size() != 1) {
            throw new AssertionError("Expected one open task, found " + open.stream().map(Task::getTaskDefinitionKey).toList());
        }
        return open.getFirst();
    }

    String openTaskId(long applicationId, String expectedStep) {
        Task task = openTask(applicationId);
        if (!task.getTaskDefinitionKey().equals(expectedStep)) {
            throw new AssertionError("Expected step " + expectedStep + " but the case is at " + task.getTaskDefinitionKey());
        }
        return task.getId();
    }

    ApplicationStatus status(long applicationId) {
        return ApplicationStatus.valueOf(jdbc.sql("SELECT status FROM grant_application WHERE id = ?").param(applicationId)
                .query(String.class).single());
    }

    /** Ids of the activities the process went through, in order. */
    List<String> route(long applicationId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId(applicationId))
                .orderByHistoricActivityInstanceStartTime().asc().orderByHistoricActivityInstanceId().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    /** Fires a timer through the engine's management API (moves it to the executable jobs and runs it now). */
    void fireTimer(long applicationId, String timerId) {
        Job timer = management.createTimerJobQuery().processInstanceId(processInstanceId(applicationId)).elementId(timerId).singleResult();
        if (timer == null) {
            throw new AssertionError("No timer " + timerId + " is waiting");
        }
        Job executable = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(executable.getId());
    }

    /** Runs the asynchronous steps (notice, reminder) that wait for the job executor, until none is left. */
    void runAsyncJobs(long applicationId) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId(applicationId)).list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        throw new AssertionError("Asynchronous jobs keep coming");
    }

    Map<String, Integer> goodScores() {
        return Map.of("partnership", 5, "artistic-quality", 4, "fair-pay", 4, "feasibility", 3, "sustainability", 5);
    }

    /** Clara: complete. Rita: content review proposing {@code proposed}. */
    void toDecision(long applicationId, String proposed) {
        as("clara@example.org");
        reviews.completeFormalCheck(openTaskId(applicationId, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false);
        as("rita@example.org");
        reviews.completeContentReview(openTaskId(applicationId, ProcessIds.TASK_CONTENT_REVIEW), goodScores(),
                ContentReviewSummary.APPROVE, new BigDecimal(proposed), "Strong partnership.");
    }
}
