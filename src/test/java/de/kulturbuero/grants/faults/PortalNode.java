package de.kulturbuero.grants.faults;

import de.kulturbuero.grants.GrantPortalApplication;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.ContentReviewSummary;
import de.kulturbuero.grants.review.FormalCheckOutcome;
import de.kulturbuero.grants.review.ReviewActions;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.Roles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The portal as a separate JVM for the crash test: started on a database that outlives it (the
 * {@code grants.db.*} arguments). In mode {@code submit} it hands in complete applications from
 * several threads and approves some of them (so approval notices wait for the job executor),
 * appending each reference number to the acknowledgement file only after the submit call
 * returned, i.e. after its commit. In mode {@code recover} it only starts and keeps running, so
 * its job executor finishes what the killed node left.
 */
public final class PortalNode {

    private PortalNode() {}

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("node.mode", "recover");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GrantPortalApplication.class)
                .properties("server.port=0", "grants.demo-cases=false", "vaadin.launch-browser=false")
                .run(args);
        TestUsers.useStrategyOf(context);
        System.out.println("NODE STARTED");
        System.out.flush();
        if ("submit".equals(mode)) {
            submit(context, Path.of(System.getProperty("node.ack")), Integer.getInteger("node.threads", 4));
        }
        Thread.currentThread().join();
    }

    private static void submit(ConfigurableApplicationContext context, Path ack, int threads) {
        AccountService accounts = context.getBean(AccountService.class);
        ProgrammeService programmes = context.getBean(ProgrammeService.class);
        GrantApplicationService applications = context.getBean(GrantApplicationService.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        ReviewActions reviews = new ReviewActions(context);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long programme = as(
                users,
                "adam@example.org",
                () -> programmes.openProgrammes().stream()
                        .filter(p -> "IK".equals(p.referencePrefix()))
                        .findFirst()
                        .orElseThrow()
                        .id());
        long city = as(
                users,
                "adam@example.org",
                () -> programmes.activePartnerCities().getFirst().id());
        LinkedBlockingQueue<Long> toApprove = new LinkedBlockingQueue<>();
        for (int t = 0; t < threads; t++) {
            String email = "crash." + t + "." + System.nanoTime() + "@example.org";
            accounts.createIfAbsent(
                    email, "crash test passphrase 2026", "Crash " + t, "Verein " + t, "de", List.of(Roles.APPLICANT));
            Thread worker = new Thread(
                    () -> {
                        while (true) {
                            ApplicationSummary submitted =
                                    as(users, email, () -> form(programme, city).submitThrough(applications));
                            acknowledge(ack, submitted.referenceNumber());
                            toApprove.add(submitted.id());
                        }
                    },
                    "submitter-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        Thread approver = new Thread(
                () -> {
                    while (true) {
                        try {
                            long id = toApprove.take();
                            approve(reviews, users, jdbc, id);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "approver");
        approver.setDaemon(true);
        approver.start();
    }

    private static void approve(ReviewActions reviews, UserDetailsService users, JdbcTemplate jdbc, long id) {
        BigDecimal amount = new BigDecimal("1500.00");
        as(users, "clara@example.org", () -> {
            reviews.completeFormalCheck(
                    task(jdbc, id, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false);
            return null;
        });
        as(users, "rita@example.org", () -> {
            String review = task(jdbc, id, ProcessIds.TASK_CONTENT_REVIEW);
            Map<String, Integer> scores = new LinkedHashMap<>();
            reviews.task(review).criterionCodes().forEach(code -> scores.put(code, 4));
            reviews.completeContentReview(review, scores, ContentReviewSummary.APPROVE, amount, null);
            return null;
        });
        as(users, "rolf@example.org", () -> {
            reviews.decide(task(jdbc, id, ProcessIds.TASK_DECISION_REVIEWER), true, amount, null, null);
            return null;
        });
    }

    private static String task(JdbcTemplate jdbc, long applicationId, String step) {
        return jdbc.queryForObject(
                "SELECT task_id FROM inbox_task WHERE application_id = ? AND step = ?",
                String.class,
                applicationId,
                step);
    }

    private static NewApplicationForm form(long programme, long city) {
        NewApplicationForm form = new NewApplicationForm();
        form.setProgrammeId(programme);
        form.setTitle("Crash test " + System.nanoTime());
        form.setPartnerCityId(city);
        form.setPartnerOrganisation("Partner of the crash test");
        form.setSummary("Handed in while the node may die at any moment.");
        form.setStartDate(LocalDate.now().plusMonths(3));
        form.setEndDate(LocalDate.now().plusMonths(3).plusDays(5));
        form.setRequestedAmount(new BigDecimal("3000.00"));
        return form;
    }

    /** One line per acknowledged submission, written in one call so a kill leaves no half line. */
    private static synchronized void acknowledge(Path ack, String referenceNumber) {
        try {
            Files.write(
                    ack,
                    (referenceNumber + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(UserDetailsService users, String email, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
