package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The whole journey end to end in a real browser, in German (the language every demo account
 * prefers): Anna submits an application, Clara finds it in her inbox and completes the formal
 * check, Hanna approves a smaller amount, and Anna sees "Bewilligt".
 * <p>
 * Screenshots of every main page go to {@code target/screenshots/}; axe-core runs on the login
 * page, "My applications", "New application" and the inbox (findings written to
 * {@code target/screenshots/axe-violations.txt}) and must find no violation.
 */
class SubmitAndDecideJourneyIT extends ApplicationWizardDriver {

    private static final String APPLICANT = "anna@example.org";
    private static final String CLERK = "clara@example.org";
    private static final String REVIEWER = "rita@example.org";
    private static final String HEAD = "hanna@example.org";

    private final List<String> timeline = new ArrayList<>();
    private long started;

    @Test
    void applicant_submits_clerk_checks_head_approves_applicant_sees_approved() throws Exception {
        started = System.nanoTime();
        Path axeReport = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"), "axe-violations.txt");
        Files.deleteIfExists(axeReport);
        AxeCheck axe = new AxeCheck(axeReport);

        String programme = "Internationale Kulturprojekte";
        String title = "Klangbrücke Hannover–Poznań " + System.currentTimeMillis() % 100000;
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(60);

        // --- the login page, as anyone sees it first
        open("login");
        waitUntil(
                "the login form",
                () -> driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty() ? null : true);
        waitForText(t("security.login.intro"));
        assertThat(driver.getTitle()).startsWith(t("security.login.page-title"));
        step("login page", screenshot("login"));
        axe.scan(driver, "login");

        // --- Anna: my applications (empty), then a new application
        login(APPLICANT);
        waitForUrl("/applications");
        waitForHeading(t("grantapplication.my.title"));
        step("anna: my applications", screenshot("anna-my-applications"));
        axe.scan(driver, "my-applications");

        startDraft(programme);
        step("anna: new application (empty)", screenshot("anna-new-application-empty"));
        axe.scan(driver, "new-application");

        fillProject(new Project(title, "Pozna", "Poznań", start));
        next(2, "grantapplication.step.FINANCING");
        // 8,000 € lies above the programme's decision threshold (5,000 €), so the head of office decides
        fillFinancing("8700", "900", "8000");
        travelByGroundToReview();
        step("anna: form filled", screenshot("anna-new-application-filled"));

        String reference = submit();
        waitForHeading(title);
        assertThat(description(t("grantapplication.field.reference"))).isEqualTo(reference);
        assertThat(description(t("grantapplication.field.status")))
                .isEqualTo(t("grantapplication.status.FORMAL_CHECK"));
        assertThat(description(t("grantapplication.field.partner-city"))).isEqualTo("Poznań");
        assertThat(description(t("grantapplication.field.requested-amount"))).isEqualTo("8.000,00 €");
        assertThat(driver.getTitle()).startsWith(reference);
        step("anna: submitted " + reference, screenshot("anna-application-submitted"));
        logout();

        // --- Clara: the formal check
        login(CLERK);
        waitForUrl("/inbox");
        waitForHeading(t("review.inbox.title"));
        searchInbox(reference);
        waitUntil(
                "inbox row for " + reference, () -> gridRowContaining(reference).orElse(null));
        List<String> clerkRow = gridRowContaining(reference).orElseThrow();
        assertThat(clerkRow)
                .contains(title, programme, t("review.step.Task_FormalCheck"), t("review.inbox.unassigned"));
        step("clara: inbox", screenshot("clara-inbox"));
        axe.scan(driver, "inbox");

        openFromInbox(reference);
        waitForHeading(t("review.task.title", t("review.step.Task_FormalCheck"), reference));
        chooseRadioIn("formal-outcome", t("review.formal.outcome.COMPLETE"));
        step("clara: formal check", screenshot("clara-formal-check"));
        axe.scan(driver, "formal-check-task");
        clickButton(t("review.task.complete"));
        waitForNotification(t("review.task.done"));
        waitForUrl("/inbox");
        waitForHeading(t("review.inbox.title"));
        searchInbox(reference);
        waitUntil(
                "the formal check of " + reference + " to leave Clara's inbox",
                () -> gridRowContaining(reference).isPresent() ? null : true);
        step("clara: inbox after the check", screenshot("clara-inbox-after"));
        logout();

        // --- Rita: the content review
        login(REVIEWER);
        waitForUrl("/inbox");
        waitForHeading(t("review.inbox.title"));
        searchInbox(reference);
        waitUntil(
                "inbox row for " + reference, () -> gridRowContaining(reference).orElse(null));
        assertThat(gridRowContaining(reference).orElseThrow()).contains(t("review.step.Task_ContentReview"));
        openFromInbox(reference);
        waitForHeading(t("review.task.title", t("review.step.Task_ContentReview"), reference));
        // the criteria of the programme (as at submission) are read from the page: one radio group score-<code> each
        List<String> scoreGroups = waitUntil("score radio groups", () -> {
            List<String> ids = driver.findElements(By.cssSelector("vaadin-radio-group[id^=score-]")).stream()
                    .map(e -> e.getDomAttribute("id"))
                    .toList();
            return ids.isEmpty() ? null : ids;
        });
        for (String group : scoreGroups) {
            chooseRadioIn(group, "4");
        }
        chooseRadioIn("recommendation", t("review.content.recommendation.APPROVE"));
        setMoneyField(t("review.content.proposed-amount"), "7000");
        step("rita: content review", screenshot("rita-content-review"));
        axe.scan(driver, "content-review-task");
        clickButton(t("review.task.complete"));
        waitForNotification(t("review.task.done"));
        waitForUrl("/inbox");
        logout();

        // --- Hanna: the decision
        login(HEAD);
        waitForUrl("/inbox");
        waitForHeading(t("review.inbox.title"));
        searchInbox(reference);
        waitUntil(
                "inbox row for " + reference, () -> gridRowContaining(reference).orElse(null));
        assertThat(gridRowContaining(reference).orElseThrow()).contains(t("review.step.Task_DecisionHead"));
        step("hanna: inbox", screenshot("hanna-inbox"));

        openFromInbox(reference);
        waitForHeading(t("review.task.title", t("review.step.Task_DecisionHead"), reference));
        chooseRadioIn("decision-outcome", t("review.decision.approve"));
        setMoneyField(t("review.decision.amount"), "7000");
        step("hanna: decision", screenshot("hanna-decision"));
        axe.scan(driver, "decision-task");
        clickButton(t("review.task.complete"));
        waitForNotification(t("review.task.done"));
        waitForUrl("/inbox");
        waitForHeading(t("review.inbox.title"));
        searchInbox(reference);
        waitUntil(
                "the decision on " + reference + " to leave Hanna's inbox",
                () -> gridRowContaining(reference).isPresent() ? null : true);
        step("hanna: inbox after the decision", screenshot("hanna-inbox-after"));
        open("reports/dashboard");
        waitForHeading(t("reporting.dashboard.title"));
        axe.scan(driver, "dashboard");
        logout();

        // --- Anna: the outcome
        login(APPLICANT);
        waitForUrl("/applications");
        waitForHeading(t("grantapplication.my.title"));
        waitUntil(
                "my applications row for " + reference,
                () -> gridRowContaining(reference).orElse(null));
        Optional<List<String>> myRow = gridRowContaining(reference);
        assertThat(myRow.orElseThrow()).contains(title, programme, t("grantapplication.status.APPROVED"));
        step("anna: my applications (approved)", screenshot("anna-my-applications-approved"));

        driver.findElement(By.linkText(reference)).click();
        waitForUrl("/application/");
        waitForHeading(title);
        assertThat(description(t("grantapplication.field.status"))).isEqualTo(t("grantapplication.status.APPROVED"));
        assertThat(description(t("grantapplication.field.granted-amount"))).isEqualTo("7.000,00 €");
        step("anna: application approved", screenshot("anna-application-approved"));
        axe.scan(driver, "application-approved");
        open("my-data");
        waitForHeading(t("dataprotection.title"));
        axe.scan(driver, "my-data");
        logout();

        System.out.println("[journey] " + reference + " submitted, checked and approved in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        timeline.forEach(System.out::println);
        System.out.println("[axe] summary: " + axe.all().size() + " violated rule(s) over 10 pages; report: "
                + axeReport.toAbsolutePath());
        axe.all().forEach(System.out::println);
        assertThat(axe.all()).as("axe-core violations on these pages").isEmpty();
    }

    private void step(String what, Path screenshot) {
        timeline.add("[journey] %6d ms  %-36s %s"
                .formatted(
                        Duration.ofNanos(System.nanoTime() - started).toMillis(), what, screenshot.toAbsolutePath()));
    }
}
