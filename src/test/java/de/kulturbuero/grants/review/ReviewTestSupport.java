package de.kulturbuero.grants.review;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApplicantCaseService;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.review.process.ProcessIds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Helpers for the review tests, on the one shared integration-test context ({@link IntegrationTest}).
 * Timers are fired through Flowable's ManagementService (moved to the executable jobs); the job
 * executor then runs them and the asynchronous steps, and the tests wait until the process
 * instance has no job left. Timers lie days ahead (defaults from application.properties), so
 * none fires by itself during a test.
 */
@IntegrationTest
abstract class ReviewTestSupport {

    /** Programme "Nachhaltige Stadtentwicklung" (seed data): max grant 20,000, budget 100,000, threshold 5,000. */
    static final String PROGRAMME_NS = "sustainable-urban-development";

    // Wired in @BeforeEach rather than by @Autowired fields: Spring Modulith's verification (ArchitectureTest) also
    // reads test classes and refuses field injection.
    UserDetailsService users;
    GrantApplicationService applications;
    ApplicantCaseService applicantCases;
    ReviewActions reviews;
    RuntimeService runtime;
    TaskService tasks;
    HistoryService history;
    ManagementService management;
    JdbcClient jdbc;
    ApplicationContext context;

    @BeforeEach
    void wire(ApplicationContext context) {
        this.context = context;
        TestUsers.useStrategyOf(context);
        users = context.getBean(UserDetailsService.class);
        applications = context.getBean(GrantApplicationService.class);
        applicantCases = context.getBean(ApplicantCaseService.class);
        reviews = context.getBean(ReviewActions.class);
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
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    long programmeId(String code) {
        return jdbc.sql("SELECT id FROM funding_programme WHERE code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    long cityId(String name) {
        return jdbc.sql("SELECT id FROM partner_city WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    /** Anna submits an application to the NS programme; returns its id. */
    long submit(String amount) {
        return submit(PROGRAMME_NS, "Klimapartnerschaft Poznań " + System.nanoTime(), "Poznań", amount);
    }

    long submit(String programmeCode, String title, String city, String amount) {
        return submit(programmeId(programmeCode), title, city, amount);
    }

    long submit(long programmeId, String title, String city, String amount) {
        as("anna@example.org");
        NewApplicationForm form = new NewApplicationForm();
        form.setProgrammeId(programmeId);
        form.setTitle(title);
        form.setPartnerCityId(cityId(city));
        form.setPartnerOrganisation("Urząd Miasta Poznania");
        form.setSummary("Gemeinsame Workshops zu Klimaanpassung.");
        form.setStartDate(LocalDate.now().plusMonths(3));
        form.setEndDate(LocalDate.now().plusMonths(4));
        form.setRequestedAmount(new BigDecimal(amount));
        return form.submitThrough(applications).id();
    }

    ProcessInstance instance(long applicationId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.PROCESS)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .singleResult();
    }

    String processInstanceId(long applicationId) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.PROCESS)
                .variableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .singleResult()
                .getId();
    }

    /** The one open user task of the application. */
    Task openTask(long applicationId) {
        List<Task> open = tasks.createTaskQuery()
                .processInstanceId(processInstanceId(applicationId))
                .list();
        if (open.size() != 1) {
            throw new AssertionError("Expected one open task, found "
                    + open.stream().map(Task::getTaskDefinitionKey).toList());
        }
        return open.getFirst();
    }

    String openTaskId(long applicationId, String expectedStep) {
        Task task = openTask(applicationId);
        if (!task.getTaskDefinitionKey().equals(expectedStep)) {
            throw new AssertionError(
                    "Expected step " + expectedStep + " but the case is at " + task.getTaskDefinitionKey());
        }
        return task.getId();
    }

    ApplicationStatus status(long applicationId) {
        return ApplicationStatus.valueOf(jdbc.sql("SELECT status FROM grant_application WHERE id = ?")
                .param(applicationId)
                .query(String.class)
                .single());
    }

    /** Ids of the activities the process went through, in order. */
    List<String> route(long applicationId) {
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId(applicationId))
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderByHistoricActivityInstanceId()
                .asc()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    /**
     * Fires a timer through the engine's management API: moves it to the executable jobs (due now);
     * the job executor runs it, and this waits until the process instance has no executable job left.
     */
    void fireTimer(long applicationId, String timerId) {
        Job timer = management
                .createTimerJobQuery()
                .processInstanceId(processInstanceId(applicationId))
                .elementId(timerId)
                .singleResult();
        if (timer == null) {
            throw new AssertionError("No timer " + timerId + " is waiting");
        }
        management.moveTimerToExecutableJob(timer.getId());
        runAsyncJobs(applicationId);
    }

    /** Waits (at most 60 s) until the job executor has run the asynchronous steps (notice, reminder) of the application. */
    void runAsyncJobs(long applicationId) {
        String instance = processInstanceId(applicationId);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (management.createJobQuery().processInstanceId(instance).count() > 0) {
            if (management
                            .createDeadLetterJobQuery()
                            .processInstanceId(instance)
                            .count()
                    > 0) {
                throw new AssertionError("An asynchronous step failed for good: "
                        + management
                                .createDeadLetterJobQuery()
                                .processInstanceId(instance)
                                .singleResult()
                                .getExceptionMessage());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The job executor did not run the jobs of " + instance + " within 60 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Good scores for every criterion the content review task expects (the criteria of the
     * application's programme as they were at submission), read from the app; call as the reviewer.
     */
    Map<String, Integer> goodScores(String contentReviewTaskId) {
        return goodScores(reviews.task(contentReviewTaskId).criterionCodes());
    }

    static Map<String, Integer> goodScores(List<String> codes) {
        int[] pattern = {5, 4, 4, 3, 5};
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            scores.put(codes.get(i), pattern[i % pattern.length]);
        }
        return scores;
    }

    /** Clara: complete. Rita: content review proposing {@code proposed}. */
    void toDecision(long applicationId, String proposed) {
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(applicationId, ProcessIds.TASK_FORMAL_CHECK),
                FormalCheckOutcome.COMPLETE,
                null,
                null,
                false);
        as("rita@example.org");
        String review = openTaskId(applicationId, ProcessIds.TASK_CONTENT_REVIEW);
        reviews.completeContentReview(
                review,
                goodScores(review),
                ContentReviewSummary.APPROVE,
                new BigDecimal(proposed),
                "Strong partnership.");
    }
}
