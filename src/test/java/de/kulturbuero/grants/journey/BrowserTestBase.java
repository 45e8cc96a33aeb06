package de.kulturbuero.grants.journey;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.shared.i18n.MoneyParser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Base for real-browser tests: the whole app on a random port (embedded MariaDB, demo data),
 * one headless Chromium per test class, and helpers that speak Vaadin's web components.
 * <p>
 * Nothing here downloads anything: the driver and the browser are the machine's
 * ({@code /usr/bin/chromedriver}, {@code /usr/bin/chromium}; override with the system properties
 * {@code webdriver.chrome.driver} and {@code chrome.binary}). Set {@code -Dbrowser.headless=false}
 * to watch a run on a desktop.
 * <p>
 * Texts are never hard-coded in tests: {@link #t(String, Object...)} reads them from the
 * translation files in the language the browser asks for ({@link #uiLocale()}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserTestBase.ScreenshotOnFailure.class)
public abstract class BrowserTestBase {

    protected static final String DEMO_PASSWORD = "demo1234";
    protected static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("browser.timeout", 30));
    private static final Path SCREENSHOTS = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));

    /** True when every Flow client on the page has no request in flight (clients without isActive count as idle). */
    private static final String VAADIN_IDLE = """
            return document.readyState === 'complete'
                && !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients)
                       .every(c => typeof c.isActive !== 'function' || !c.isActive());""";

    /** Collects every element matching a selector, also inside open shadow roots. */
    private static final String DEEP_QUERY = """
            const deep = (root, sel, out) => {
              root.querySelectorAll(sel).forEach(e => out.push(e));
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) deep(e.shadowRoot, sel, out); });
              return out;
            };
            const visible = e => typeof e.checkVisibility === 'function' ? e.checkVisibility() : e.offsetParent !== null;
            """;

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private Path userDataDir;
    private Texts texts;
    private int screenshotCounter;

    /** The language the browser asks for; the demo accounts all prefer German, so German is the default. */
    protected Locale uiLocale() {
        return Locale.GERMAN;
    }

    /**
     * Spring Security's global context-holder strategy as it was before this class's web context
     * started. Vaadin's security configuration replaces the global strategy with its own when a
     * context starts; the {@code @IntegrationTest} context's method security keeps the strategy
     * it was built with, so after a browser test its services would find no signed-in user.
     * The browser context's strategy is put in place for the browser tests and the earlier one
     * restored afterwards.
     */
    private static final SecurityContextHolderStrategy BEFORE_BROWSER_CONTEXT =
            SecurityContextHolder.getContextHolderStrategy();

    private static SecurityContextHolderStrategy browserContextStrategy;

    @BeforeAll
    void useTheBrowserContextsSecurityStrategy() {
        if (browserContextStrategy == null) {
            browserContextStrategy = SecurityContextHolder.getContextHolderStrategy();
        }
        SecurityContextHolder.setContextHolderStrategy(browserContextStrategy);
    }

    @AfterAll
    void restoreTheEarlierSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(BEFORE_BROWSER_CONTEXT);
    }

    @BeforeAll
    void startBrowser() throws IOException {
        texts = Texts.load(uiLocale());
        String driverPath = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driverPath);
        userDataDir = Files.createTempDirectory("grant-portal-chromium-");

        String lang = uiLocale().getLanguage().equals("de") ? "de-DE" : "en-US";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        if (Boolean.parseBoolean(System.getProperty("browser.headless", "true"))) {
            options.addArguments("--headless");
        }
        options.addArguments(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1366,900",
                "--lang=" + lang,
                "--user-data-dir=" + userDataDir.toAbsolutePath());
        // --lang alone does not reliably set Accept-Language in headless mode: the preference does
        options.setExperimentalOption(
                "prefs", Map.of("intl.accept_languages", lang + "," + uiLocale().getLanguage()));
        // the browser console, where Chromium reports what the Content-Security-Policy blocked
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // the window is 1366x900 (--window-size); headless Chromium's screenshots show its 1366x757 viewport
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (userDataDir != null) {
            try (Stream<Path> files = Files.walk(userDataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Every journey fails when the browser blocked anything by the portal's Content-Security-Policy
     * (a script, a style, an image, a connection): the policy would then break a page for real users.
     */
    @AfterEach
    void noContentSecurityPolicyViolation() {
        if (driver != null) {
            List<String> violations = contentSecurityPolicyViolations();
            if (!violations.isEmpty()) {
                throw new AssertionError("The browser blocked content by the Content-Security-Policy:\n"
                        + String.join("\n", violations));
            }
        }
    }

    /**
     * The console messages since the last call in which the browser reports something blocked by the
     * Content-Security-Policy (reading the console empties it).
     */
    protected List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Makes the page's viewport {@code width} x {@code height} CSS pixels (a phone: 390 x 844; 200 %
     * zoom of a 1280 x 800 window: 640 x 400), as Chromium's device emulation does; {@link #desktopViewport()} undoes it.
     */
    protected void viewport(int width, int height) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    protected void desktopViewport() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    // ---------------------------------------------------------------- texts

    /** A text from the translation files in the UI's language, with MessageFormat arguments. */
    protected String t(String key, Object... args) {
        return texts.get(key, args);
    }

    // ---------------------------------------------------------------- navigation and waiting

    protected String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    protected void open(String path) {
        driver.get(baseUrl() + path);
        waitForVaadin();
    }

    protected JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    protected <T> T waitUntil(String what, Supplier<T> condition) {
        return waitUntil(what, TIMEOUT, condition);
    }

    /** Polls (every 100 ms) until the condition returns a non-null, non-false value. */
    protected <T> T waitUntil(String what, Duration timeout, Supplier<T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .withMessage(what)
                .ignoring(WebDriverException.class)
                .until(d -> condition.get());
    }

    /** Waits until the page is loaded, Flow has bootstrapped and no server round-trip is pending. */
    protected void waitForVaadin() {
        waitUntil(
                "Vaadin to become idle",
                () -> Boolean.TRUE.equals(js().executeScript(VAADIN_IDLE)) ? Boolean.TRUE : null);
    }

    protected void waitForUrl(String pathPart) {
        waitUntil("URL to contain " + pathPart, () -> driver.getCurrentUrl().contains(pathPart) ? Boolean.TRUE : null);
        waitForVaadin();
    }

    /** The visible text of the page (light DOM; where Flow renders views). */
    protected String pageText() {
        return normalise(driver.findElement(By.tagName("body")).getText());
    }

    protected void waitForText(String text) {
        waitUntil("page to show \"" + text + "\"", () -> pageText().contains(normalise(text)) ? Boolean.TRUE : null);
    }

    protected void waitForHeading(String text) {
        waitUntil(
                "an h1 \"" + text + "\"",
                () -> driver.findElements(By.tagName("h1")).stream()
                                .anyMatch(h -> normalise(h.getDomProperty("textContent"))
                                        .equals(normalise(text)))
                        ? Boolean.TRUE
                        : null);
        waitForVaadin();
    }

    /** Non-breaking spaces (money, dates) become plain spaces, runs of white space one space. */
    protected static String normalise(String s) {
        return s == null
                ? ""
                : s.replace('\u00A0', ' ')
                        .replace('\u202F', ' ')
                        .replaceAll("\\s+", " ")
                        .trim();
    }

    // ---------------------------------------------------------------- login and logout

    protected void login(String email) {
        open("login");
        WebElement username =
                waitUntil("login form", () -> visible(By.cssSelector("vaadin-login-form input[name=username]")));
        username.clear();
        username.sendKeys(email);
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        password.clear();
        password.sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
        waitUntil(
                "login as " + email + " to leave the login page",
                () -> driver.getCurrentUrl().contains("/login") ? null : Boolean.TRUE);
        waitForVaadin();
        waitUntil("the app layout", () -> visible(By.tagName("vaadin-app-layout")));
    }

    protected void logout() {
        // on a phone (or zoomed in) "Log out" sits in the drawer, which opens from the menu button
        boolean shown = driver.findElements(By.tagName("vaadin-button")).stream()
                .anyMatch(b -> normalise(b.getText()).equals(t("shared.logout")) && b.isDisplayed());
        if (!shown) {
            driver.findElement(By.tagName("vaadin-drawer-toggle")).click();
        }
        clickButton(t("shared.logout"));
        // signed out, a visitor lands on the public programme page (the start page for visitors)
        waitForUrl("/programmes");
        waitForVaadin();
    }

    // ---------------------------------------------------------------- finding components

    private WebElement visible(By by) {
        return driver.findElements(by).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null);
    }

    /**
     * The visible component of the given tag whose label is exactly {@code label}: its {@code label}
     * property, or the text of its slotted label (radio buttons and checkboxes render their item
     * label as a child {@code <label slot="label">}).
     */
    protected WebElement component(String tag, String label) {
        return waitUntil(tag + " labelled \"" + label + "\"", () ->
                (WebElement) js().executeScript(DEEP_QUERY + """
                const [tag, label] = arguments;
                const norm = s => (s || '').replace(/[\\u00a0\\u202f]/g, ' ').replace(/\\s+/g, ' ').trim();
                const own = e => { const l = e.querySelector(':scope > label[slot=label]'); return l ? l.textContent : ''; };
                const found = deep(document, tag, []).find(e => (norm(e.label) === norm(label) || norm(own(e)) === norm(label))
                    && visible(e)) || null;
                // long forms: bring the field to the middle of the viewport before a user would click it
                if (found) found.scrollIntoView({block: 'center'});
                return found;""", tag, label));
    }

    protected WebElement button(String text) {
        return waitUntil(
                "button \"" + text + "\"",
                () -> driver.findElements(By.tagName("vaadin-button")).stream()
                        .filter(b -> normalise(b.getText()).equals(normalise(text))
                                && b.isDisplayed()
                                && b.getDomAttribute("disabled") == null)
                        .findFirst()
                        .orElse(null));
    }

    protected void clickButton(String text) {
        WebElement button = button(text);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        waitForVaadin();
    }

    /** A vaadin-button by its aria-label (buttons whose visible text repeats, e.g. "Open" per grid row). */
    protected WebElement buttonByAriaLabel(String ariaLabel) {
        WebElement button = waitUntil(
                "button with aria-label \"" + ariaLabel + "\"",
                () -> driver.findElements(By.tagName("vaadin-button")).stream()
                        .filter(b -> ariaLabel.equals(b.getDomAttribute("aria-label")) && b.isDisplayed())
                        .findFirst()
                        .orElse(null));
        // grids scroll sideways on narrow windows: bring the button into view before it is clicked
        js().executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", button);
        return button;
    }

    // ---------------------------------------------------------------- filling fields

    private WebElement innerInput(WebElement component, String selector) {
        return waitUntil(
                "input of " + component.getTagName(),
                () -> component.findElements(By.cssSelector(selector)).stream()
                        .findFirst()
                        .orElse(null));
    }

    /** Replaces the field's text as a user would (select all, type) and leaves the field so Flow syncs the value. */
    protected void typeInto(WebElement input, String text) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    protected void setTextField(String label, String text) {
        typeInto(innerInput(component("vaadin-text-field", label), "input"), text);
    }

    protected void setTextArea(String label, String text) {
        typeInto(innerInput(component("vaadin-text-area", label), "textarea"), text);
    }

    /** Types into a money field and waits until it shows the amount as understood, in the UI's format ("3000" → "3.000,00"). */
    protected void setMoneyField(String label, String text) {
        WebElement field = component("vaadin-text-field", label);
        typeInto(innerInput(field, "input"), text);
        String shown = MoneyParser.format(MoneyParser.parse(text).amount(), uiLocale());
        waitUntil(label + " to show " + shown, () -> shown.equals(field.getDomProperty("value")) ? Boolean.TRUE : null);
    }

    /**
     * Types {@code filter} into the combo box and picks the first offered item whose text contains
     * {@code itemText} (by clicking it, as a user would; the overlay may live in a shadow root).
     */
    protected void selectComboBox(String label, String filter, String itemText) {
        WebElement combo = component("vaadin-combo-box", label);
        WebElement input = innerInput(combo, "input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(filter);
        WebElement item = waitUntil("combo box item \"" + itemText + "\"", () ->
                (WebElement) js().executeScript(DEEP_QUERY + """
                const text = arguments[0];
                const norm = s => (s || '').replace(/[\\u00a0\\u202f]/g, ' ').replace(/\\s+/g, ' ').trim();
                return deep(document, 'vaadin-combo-box-item', []).find(i => norm(i.textContent).includes(norm(text)) && visible(i)) || null;""", itemText));
        try {
            item.click();
        } catch (WebDriverException notClickable) {
            js().executeScript("arguments[0].click();", item);
        }
        waitForVaadin();
        waitUntil(
                label + " to show \"" + itemText + "\"",
                () -> normalise(input.getDomProperty("value")).contains(normalise(itemText)) ? Boolean.TRUE : null);
        waitUntil(
                label + " overlay to close", () -> "true".equals(combo.getDomProperty("opened")) ? null : Boolean.TRUE);
    }

    /** The date as a user of the UI language types it (vaadin-date-picker with Flow's locale support). */
    protected String formatDate(LocalDate date) {
        String pattern = uiLocale().getLanguage().equals("de") ? "dd.MM.yyyy" : "dd/MM/yyyy";
        return DateTimeFormatter.ofPattern(pattern, uiLocale()).format(date);
    }

    protected void setDatePicker(String label, LocalDate date) {
        WebElement picker = component("vaadin-date-picker", label);
        WebElement input = innerInput(picker, "input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(formatDate(date));
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        waitUntil(
                label + " to hold " + date,
                () -> date.toString().equals(picker.getDomProperty("value")) ? Boolean.TRUE : null);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Clicks the radio button with this label (inside a vaadin-radio-group). */
    /** Chooses the radio button labelled {@code label} inside the radio group with id {@code groupId}. */
    protected void chooseRadioIn(String groupId, String label) {
        WebElement radio = waitUntil(
                "radio \"" + label + "\" in #" + groupId,
                () ->
                        driver
                                .findElements(By.cssSelector("vaadin-radio-group#" + groupId + " vaadin-radio-button"))
                                .stream()
                                .filter(r -> normalise(r.getText()).equals(normalise(label)))
                                .findFirst()
                                .orElse(null));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        innerInput(radio, "input[type=radio]").click();
        waitForVaadin();
        waitUntil(
                "radio \"" + label + "\" in #" + groupId + " to be checked",
                () -> "true".equals(radio.getDomProperty("checked")) ? Boolean.TRUE : null);
    }

    protected void chooseRadio(String label) {
        WebElement radio = component("vaadin-radio-button", label);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        innerInput(radio, "input[type=radio]").click();
        waitForVaadin();
        waitUntil(
                "radio \"" + label + "\" to be checked",
                () -> "true".equals(radio.getDomProperty("checked")) ? Boolean.TRUE : null);
    }

    // ---------------------------------------------------------------- reading

    /** Texts of the shown notifications (the cards may be rendered in a shadow root); cards still animating in are left out. */
    @SuppressWarnings("unchecked")
    protected List<String> notifications() {
        List<String> texts = (List<String>)
                js().executeScript(
                                DEEP_QUERY
                                        + "return deep(document, 'vaadin-notification-card', []).filter(c => !c.hasAttribute('opening')).map(c => c.textContent);");
        return texts == null
                ? List.of()
                : texts.stream()
                        .map(BrowserTestBase::normalise)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    protected String waitForNotification(String containing) {
        return waitUntil(
                "a notification containing \"" + containing + "\"",
                Duration.ofSeconds(10),
                () -> notifications().stream()
                        .filter(n -> n.contains(normalise(containing)))
                        .findFirst()
                        .orElse(null));
    }

    /**
     * The rows (cell texts, in column order) the visible vaadin-grid currently shows; hidden rows and
     * hidden grids left out. A page that lists records as cards ({@code ul.record-list}, "My
     * applications") gives one row per card, its {@code .record-cell} texts as the cells.
     */
    @SuppressWarnings("unchecked")
    protected List<List<String>> gridRows() {
        List<List<String>> rows = (List<List<String>>) js().executeScript("""
                const shown = e => typeof e.checkVisibility === 'function' ? e.checkVisibility() : e.offsetParent !== null;
                const cards = Array.from(document.querySelectorAll('ul.record-list')).find(shown);
                if (cards) {
                  return Array.from(cards.children).filter(shown)
                    .map(li => Array.from(li.querySelectorAll('.record-cell')).map(c => c.textContent));
                }
                // the first grid on show: a view may hide its grid (keeping stale rows) behind an empty-state text
                const grid = Array.from(document.querySelectorAll('vaadin-grid')).find(shown);
                if (!grid || !grid.shadowRoot) return [];
                return Array.from(grid.shadowRoot.querySelectorAll('tbody#items tr, tbody tr[part~=row]'))
                  .filter(tr => !tr.hidden)
                  .map(tr => Array.from(tr.querySelectorAll('td slot'))
                      .map(s => s.assignedElements().map(e => e.textContent).join(' ')))
                  .filter(cells => cells.some(c => c.trim().length > 0));""");
        return rows == null
                ? List.of()
                : rows.stream()
                        .map(r -> r.stream().map(BrowserTestBase::normalise).toList())
                        .distinct()
                        .toList();
    }

    protected Optional<List<String>> gridRowContaining(String cellText) {
        return gridRows().stream().filter(r -> r.contains(normalise(cellText))).findFirst();
    }

    /**
     * Filters the officers' inbox by a reference number, as an officer would, and waits until the
     * grid shows nothing else: the shared test database holds many open tasks, and a grid only
     * renders the rows in view.
     */
    /**
     * Clicks the row's "open" button until the task page opens: a click that lands while the grid
     * re-renders its rows (after the search) reaches a button the server has already replaced.
     */
    protected void openFromInbox(String reference) {
        waitUntil("the task of " + reference + " to open", () -> {
            if (!driver.getCurrentUrl().contains("/inbox/task/")) {
                buttonByAriaLabel(t("review.inbox.open-aria", reference)).click();
                waitForVaadin();
            }
            return driver.getCurrentUrl().contains("/inbox/task/") ? true : null;
        });
        waitForVaadin();
    }

    protected void searchInbox(String reference) {
        setTextField(t("review.inbox.search"), reference);
        waitUntil(
                "the inbox to show only " + reference,
                () -> gridRows().stream().allMatch(row -> row.contains(reference)) ? true : null);
        waitForVaadin();
    }

    /** In a description list (dt/dd), the description that follows the term with this text. */
    protected String description(String term) {
        return waitUntil("description of \"" + term + "\"", () -> {
            Object text = js().executeScript("""
                    const norm = s => (s || '').replace(/[\\u00a0\\u202f]/g, ' ').replace(/\\s+/g, ' ').trim();
                    const dt = Array.from(document.querySelectorAll('dt')).find(d => norm(d.textContent) === norm(arguments[0]));
                    return dt && dt.nextElementSibling ? dt.nextElementSibling.textContent : null;""", term);
            return text == null ? null : normalise(text.toString());
        });
    }

    // ---------------------------------------------------------------- screenshots

    /** Saves a PNG of the viewport as target/screenshots/NN-name.png and returns its path. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve("%02d-%s.png".formatted(++screenshotCounter, name));
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On a failing test: a screenshot and the page's HTML next to the step screenshots. */
    static class ScreenshotOnFailure implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (context.getRequiredTestInstance() instanceof BrowserTestBase test && test.driver != null) {
                String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName();
                try {
                    Path png = test.screenshot(name);
                    Files.writeString(
                            png.resolveSibling(png.getFileName().toString().replace(".png", ".html")),
                            Objects.requireNonNullElse(test.driver.getPageSource(), ""),
                            StandardCharsets.UTF_8);
                    System.err.println("[browser] failure screenshot: " + png.toAbsolutePath() + " (URL "
                            + test.driver.getCurrentUrl() + ")");
                } catch (RuntimeException | IOException e) {
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        }
    }
}
