package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accessibility statement and the inbox in a real browser: a visitor follows the link on the
 * login page to the statement, reads it in German and, after the language switch, in English
 * (with {@code <html lang>} following); the registration page links to it too; a clerk works with
 * the inbox's tabs (a navigation of links: the address carries the tab, a filter that is not in the
 * address survives the change of tab) and opens a case. axe-core must find no violation on these pages.
 */
class AccessibilityJourneyIT extends BrowserTestBase {

    private static final String CLERK = "clara@example.org";

    @Autowired
    TestApplications applications;

    @Test
    void the_statement_and_the_inbox_pass_axe_and_every_page_links_to_the_statement() throws Exception {
        Path report = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"), "axe-accessibility.txt");
        Files.deleteIfExists(report);
        AxeCheck axe = new AxeCheck(report);
        ApplicationSummary submitted =
                applications.submitAs("ben@example.org", TestApplications.uniqueTitle("Barrierefrei"));

        // --- a visitor: from the login page to the statement, without signing in
        open("login");
        waitForText(t("security.login.intro"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", statementLink());
        screenshot("a11y-login");
        statementLink().click();
        waitForUrl("/accessibility");
        waitForHeading(t("shared.a11y.title"));
        assertThat(documentLanguage()).isEqualTo("de");
        WebElement contact = driver.findElement(By.id("a11y-contact"));
        assertThat(contact.getText()).isEqualTo(IntegrationTest.ACCESSIBILITY_CONTACT);
        assertThat(contact.getDomAttribute("href")).isEqualTo("mailto:" + IntegrationTest.ACCESSIBILITY_CONTACT);
        assertThat(driver.findElement(By.id("a11y-enforcement")).getDomAttribute("href"))
                .isEqualTo("https://www.schlichtungsstelle-bgg.de");
        assertThat(driver.findElements(By.cssSelector("main h2"))).hasSize(5);
        assertThat(statementLink().isDisplayed())
                .as("the main layout's link (drawer)")
                .isTrue();
        screenshot("a11y-statement-de");
        js().executeScript(
                        "arguments[0].scrollIntoView({block: 'end'})", driver.findElement(By.id("a11y-enforcement")));
        screenshot("a11y-statement-de-end");
        axe.scan(driver, "statement-de");

        // --- the same in English, through the language switch
        chooseLanguage("English");
        Texts english = Texts.load(Locale.ENGLISH);
        waitForHeading(english.get("shared.a11y.title"));
        assertThat(documentLanguage())
                .as("<html lang> follows the UI's language")
                .isEqualTo("en");
        assertThat(pageText()).contains(english.get("shared.a11y.enforcement.heading"));
        screenshot("a11y-statement-en");
        axe.scan(driver, "statement-en");
        chooseLanguage("Deutsch");
        waitForHeading(t("shared.a11y.title"));
        assertThat(documentLanguage()).isEqualTo("de");

        open("register");
        waitForHeading(t("security.register.title"));
        assertThat(statementLink().getDomAttribute("href")).isEqualTo("accessibility");

        // --- a clerk: the inbox's tabs
        login(CLERK);
        waitForUrl("/inbox");
        waitForHeading(t("review.inbox.title"));
        searchInbox(submitted.referenceNumber());
        waitUntil(
                "inbox row for " + submitted.referenceNumber(),
                () -> gridRowContaining(submitted.referenceNumber()).orElse(null));
        assertThat(currentTab()).isEqualTo("inbox-tab-groups");
        assertThat(driver.findElements(By.tagName("vaadin-tabs"))).isEmpty();
        screenshot("a11y-inbox");
        axe.scan(driver, "inbox");

        assertThat(gridRows()).hasSize(1);
        driver.findElement(By.id("inbox-tab-mine")).click();
        waitForUrl("tab=mine");
        waitUntil("the mine tab to be current", () -> "inbox-tab-mine".equals(currentTab()) ? true : null);
        assertThat(component("vaadin-text-field", t("review.inbox.search")).getDomProperty("value"))
                .as("a filter outside the address stays when the tab changes")
                .isEqualTo(submitted.referenceNumber());
        assertThat(pageText()).contains(t("review.inbox.empty"));
        screenshot("a11y-inbox-mine");
        axe.scan(driver, "inbox-mine");

        driver.navigate().back();
        waitForVaadin();
        waitUntil("back on the groups tab", () -> "inbox-tab-groups".equals(currentTab()) ? true : null);

        open("inbox?tab=overdue");
        waitForHeading(t("review.inbox.title"));
        assertThat(currentTab()).as("the address opens its tab").isEqualTo("inbox-tab-overdue");

        open("case/" + submitted.id());
        waitUntil(
                "the process diagram",
                () -> driver.findElements(By.cssSelector("img.process-diagram")).isEmpty() ? null : true);
        waitForVaadin();
        screenshot("a11y-case");
        axe.scan(driver, "case");
        logout();

        List<AxeCheck.Violation> violations = axe.all();
        assertThat(violations)
                .as("axe-core violations (report: " + report.toAbsolutePath() + ")")
                .isEmpty();
    }

    private WebElement statementLink() {
        return waitUntil(
                "the link to the accessibility statement",
                () -> driver.findElements(By.id("accessibility-statement-link")).stream()
                        .findFirst()
                        .orElse(null));
    }

    private String documentLanguage() {
        return waitUntil(
                "<html lang>", () -> (String) js().executeScript("return document.documentElement.lang || null"));
    }

    /** The id of the inbox tab marked aria-current (null while there is none). */
    private String currentTab() {
        return driver.findElements(By.cssSelector("nav.inbox-tabs a[aria-current=page]")).stream()
                .map(a -> a.getDomAttribute("id"))
                .findFirst()
                .orElse(null);
    }

    /** Picks a language in the navbar's switch (the page reloads in that language). */
    private void chooseLanguage(String name) {
        driver.findElement(By.cssSelector("vaadin-select.language-switch")).click();
        waitUntil(
                        "the language " + name,
                        () -> driver.findElements(By.tagName("vaadin-select-item")).stream()
                                .filter(i -> normalise(i.getText()).equals(name) && i.isDisplayed())
                                .findFirst()
                                .orElse(null))
                .click();
        waitForVaadin();
    }
}
