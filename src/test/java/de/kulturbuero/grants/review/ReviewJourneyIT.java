package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.review.process.ProcessIds;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Headless Chromium: a clerk asks a follow-up question, the applicant answers on their
 * application page, the clerk completes the formal check, a reviewer reviews, a second reviewer
 * approves, and the applicant sees the approval with its notice. Screenshots go to
 * {@code <build dir>/screenshots}.
 */
@IntegrationTest
class ReviewJourneyIT {

    private static WebDriver driver;
    private static Path screenshots;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1800",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        screenshots = Path.of(System.getProperty("build.dir", "target"), "screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void clerk_asks_applicant_answers_reviewer_reviews_second_reviewer_approves(ApplicationContext context)
            throws Exception {
        TaskService tasks = context.getBean(TaskService.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long id = submitAsAnna(context, jdbc);
        String reference = jdbc.sql("SELECT reference_number FROM grant_application WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();

        login("clara@example.org");
        driver.get(url("/inbox"));
        // the shared test database holds many open tasks: find this case by its reference, as a clerk would
        type("#inbox-search input", reference);
        waitFor(By.cssSelector("ul.record-list"));
        waitForText(reference);
        shot("01-clerk-inbox");
        driver.get(url("/inbox/task/" + taskOf(tasks, id, ProcessIds.TASK_FORMAL_CHECK)));
        radio("formal-outcome", 1);
        type("#formal-question textarea", "Which organisation in Poznań is your partner?");
        shot("02-clerk-asks");
        click("complete-step");
        waitForUrl("/inbox");

        login("anna@example.org");
        driver.get(url("/application/" + id));
        type("#inquiry-answer textarea", "The city administration of Poznań (Urząd Miasta Poznania).");
        shot("03-applicant-answers");
        click("inquiry-send");
        waitForText("Urząd Miasta Poznania).");

        login("clara@example.org");
        driver.get(url("/inbox/task/" + taskOf(tasks, id, ProcessIds.TASK_FORMAL_CHECK)));
        radio("formal-outcome", 0);
        click("complete-step");
        waitForUrl("/inbox");

        login("rita@example.org");
        driver.get(url("/inbox/task/" + taskOf(tasks, id, ProcessIds.TASK_CONTENT_REVIEW)));
        // the criteria of the application's programme, as rendered: one radio group score-<code> each
        waitFor(By.cssSelector("vaadin-radio-group[id^=score-]"));
        List<String> scoreGroups = driver.findElements(By.cssSelector("vaadin-radio-group[id^=score-]")).stream()
                .map(e -> e.getDomAttribute("id"))
                .toList();
        assertThat(scoreGroups).isNotEmpty();
        for (String group : scoreGroups) {
            radio(group, 3);
        }
        radio("recommendation", 0);
        shot("04-reviewer-reviews");
        click("complete-step");
        waitForUrl("/inbox");

        login("rolf@example.org");
        driver.get(url("/inbox/task/" + taskOf(tasks, id, ProcessIds.TASK_DECISION_REVIEWER)));
        radio("decision-outcome", 0);
        shot("05-second-reviewer-decides");
        click("complete-step");
        waitForUrl("/inbox");

        assertThat(jdbc.sql("SELECT status FROM grant_application WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(500))
                .until(d -> jdbc.sql("SELECT COUNT(*) FROM application_notice WHERE application_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single()
                        > 0);

        login("anna@example.org");
        driver.get(url("/application/" + id));
        waitFor(By.cssSelector(".notice-links a"));
        shot("06-applicant-sees-notice");

        login("clara@example.org");
        driver.get(url("/case/" + id));
        waitFor(By.cssSelector("img.process-diagram"));
        shot("07-case-view");
        WebElement diagram = driver.findElement(By.cssSelector("img.process-diagram"));
        assertThat(diagram.getAttribute("alt")).isNotBlank();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", diagram));
    }

    private long submitAsAnna(ApplicationContext context, JdbcClient jdbc) {
        UserDetails anna = context.getBean(UserDetailsService.class).loadUserByUsername("anna@example.org");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(anna, null, anna.getAuthorities()));
        try {
            NewApplicationForm form = new NewApplicationForm();
            form.setProgrammeId(
                    jdbc.sql("SELECT id FROM funding_programme WHERE code = 'sustainable-urban-development'")
                            .query(Long.class)
                            .single());
            form.setTitle("Klimawerkstatt Poznań");
            form.setPartnerCityId(jdbc.sql("SELECT id FROM partner_city WHERE name = 'Poznań'")
                    .query(Long.class)
                    .single());
            form.setPartnerOrganisation("Urząd Miasta Poznania");
            form.setSummary("Workshops on climate adaptation in both cities.");
            form.setStartDate(LocalDate.now().plusMonths(3));
            form.setEndDate(LocalDate.now().plusMonths(4));
            form.setRequestedAmount(new BigDecimal("3500.00"));
            return form.submitThrough(context.getBean(GrantApplicationService.class))
                    .id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String taskOf(TaskService tasks, long applicationId, String step) {
        Task task = tasks.createTaskQuery()
                .processVariableValueEquals(ProcessIds.VAR_APPLICATION_ID, applicationId)
                .taskDefinitionKey(step)
                .singleResult();
        assertThat(task).as("open task " + step).isNotNull();
        return task.getId();
    }

    private void login(String email) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        type("input[name='username']", email);
        type("input[name='password']", "demo1234");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean)
                ((JavascriptExecutor) d).executeScript("return document.body.innerText.includes(arguments[0])", text));
    }

    private void waitForUrl(String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    private void type(String css, String text) {
        WebElement field = waitFor(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    private void click(String id) {
        waitFor(By.id(id)).click();
    }

    private void radio(String groupId, int index) {
        waitFor(By.id(groupId));
        WebElement input = driver.findElements(By.cssSelector("#" + groupId + " vaadin-radio-button input"))
                .get(index);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", input);
    }

    private void shot(String name) throws Exception {
        Thread.sleep(400); // let Vaadin finish rendering the round trip
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
