package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal on a phone (390 x 844), at 200 % zoom (640 x 400) and with the keyboard: a compact
 * header with "Log out" in the drawer, no sideways scrolling, nothing cut off, a skip link, the
 * focus on each new page's heading, a typed combo box entry kept, lists whose buttons are tab
 * stops, dialogs that start on the harmless button. axe-core scans the pages at phone size and
 * the open dialogs (delete draft, hand over), and must find no violation.
 */
class PhoneAndKeyboardJourneyIT extends ApplicationWizardDriver {

    private static final String APPLICANT = "anna@example.org";
    private static final String CLERK = "clara@example.org";

    @Autowired
    TestApplications applications;

    @Test
    void every_page_works_on_a_phone_and_with_the_keyboard_and_axe_finds_nothing_there_or_in_dialogs()
            throws Exception {
        Path report = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"), "axe-phone.txt");
        Files.deleteIfExists(report);
        AxeCheck axe = new AxeCheck(report);
        ApplicationSummary submitted =
                applications.submitAs("ben@example.org", TestApplications.uniqueTitle("Telefon"));
        String programme = applications.internationalCulture().name(uiLocale());

        viewport(390, 844);
        try {
            // --- the applicant: header, drawer, skip link, focus on the heading
            login(APPLICANT);
            waitForUrl("/applications");
            waitForHeading(t("grantapplication.my.title"));
            assertPageFits("my applications");
            assertThat(navbarHeight()).as("header height on a phone").isLessThanOrEqualTo(64);
            waitUntil("the focus on the page's h1", () -> "h1".equals(activeTag()) ? true : null);
            assertThat(activeText()).isEqualTo(t("grantapplication.my.title"));
            assertThat(visibleButtons(t("shared.logout")))
                    .as("no Log out in the header on a phone")
                    .isZero();
            driver.findElement(By.tagName("vaadin-drawer-toggle")).click();
            waitUntil("Log out in the open drawer", () -> visibleButtons(t("shared.logout")) == 1 ? true : null);
            screenshot("phone-drawer");
            driver.findElement(By.tagName("vaadin-drawer-toggle")).sendKeys(Keys.ESCAPE);
            waitUntil("the drawer to close", () -> visibleButtons(t("shared.logout")) == 0 ? true : null);

            // the skip link is the banner's first element (the navbar comes first in the layout), before the menu
            // button
            assertThat(js().executeScript(
                                    "return document.querySelector('header.navbar-content').firstElementChild.id"))
                    .as("the first tab stop")
                    .isEqualTo("skip-link");
            // the closing drawer gives the focus back to its toggle a moment later: focus the link once it has
            waitUntil("the focus on the skip link", () -> {
                js().executeScript("document.getElementById('skip-link').focus()");
                return t("shared.skip-to-content").equals(activeText()) ? true : null;
            });
            assertThat(
                            (Boolean)
                                    js().executeScript(
                                                    "const r = document.activeElement.getBoundingClientRect(); return r.width > 20 && r.top >= 0;"))
                    .as("the skip link shows when it has the focus")
                    .isTrue();
            screenshot("phone-skip-link");
            driver.findElement(By.id("skip-link")).sendKeys(Keys.ENTER);
            waitForVaadin();
            assertThat(js().executeScript(
                                    "return document.activeElement.outerHTML.slice(0, 120) + ' ' + location.href"))
                    .as("the focus on the main content")
                    .asString()
                    .startsWith("<main");
            axe.scan(driver, "phone-my-applications");

            // --- the programme choice: the apply buttons fit
            startDraft(programme);
            String draftUrl = driver.getCurrentUrl();
            assertPageFits("wizard");
            // a typed prefix is taken (it was dropped): "Pozn" + Tab chooses "Poznań (…)"
            WebElement city = component("vaadin-combo-box", t("grantapplication.field.partner-city"));
            WebElement cityInput = city.findElement(By.cssSelector("input"));
            cityInput.click();
            cityInput.sendKeys("Pozn");
            waitUntil(
                    "the list to offer Poznań",
                    () -> (Boolean)
                                    js().executeScript(
                                                    "return Array.from(document.querySelectorAll('vaadin-combo-box-item')).some(i => i.textContent.includes('Poznań'))")
                            ? true
                            : null);
            cityInput.sendKeys(Keys.TAB);
            waitForVaadin();
            waitUntil(
                    "the typed city to be chosen",
                    () -> String.valueOf(cityInput.getDomProperty("value")).startsWith("Poznań") ? true : null);
            axe.scan(driver, "phone-wizard-project");

            // --- the review step: the missing items' links are not cut off
            WebElement reviewStep = waitUntil(
                    "the review step's button",
                    () -> driver.findElements(By.cssSelector(".wizard-steps vaadin-button")).stream()
                            .filter(b -> normalise(b.getDomProperty("textContent"))
                                    .equals(t("grantapplication.step.REVIEW")))
                            .findFirst()
                            .orElse(null));
            js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", reviewStep);
            waitForVaadin();
            waitForText(t("grantapplication.wizard.progress", 6, 6, t("grantapplication.step.REVIEW")));
            assertThat(driver.findElements(By.cssSelector(".review-problem-link")))
                    .isNotEmpty();
            assertPageFits("review step");
            assertThat(overflowing(".review-problem-link, .wizard-buttons vaadin-button"))
                    .as("cut-off buttons on the review step")
                    .isEmpty();
            screenshot("phone-review-step");
            axe.scan(driver, "phone-wizard-review");

            open("applications/new");
            waitForHeading(t("grantapplication.new.title"));
            assertPageFits("new application");
            assertThat(overflowing("main vaadin-button, main a"))
                    .as("cut-off buttons and links on the programme choice")
                    .isEmpty();
            axe.scan(driver, "phone-new-application");

            // --- my applications: the draft's card with its delete button; the dialog starts on Cancel
            open("applications");
            waitForHeading(t("grantapplication.my.title"));
            String draftId = draftUrl.replaceAll(".*/applications/draft/(\\d+).*", "$1");
            WebElement card = waitUntil(
                    "the draft's card",
                    () -> driver.findElements(By.cssSelector("li.record-card")).stream()
                            .filter(li -> !li.findElements(
                                            By.cssSelector("a[href$='applications/draft/" + draftId + "']"))
                                    .isEmpty())
                            .findFirst()
                            .orElse(null));
            WebElement delete = card.findElement(By.cssSelector("vaadin-button.record-action"));
            assertThat(normalise(delete.getText()))
                    .isEqualTo(t("grantapplication.my.delete-draft", t("grantapplication.my.untitled")));
            assertThat(tabsUntil(delete)).as("the delete button is a tab stop").isTrue();
            delete.sendKeys(Keys.ENTER);
            waitUntil(
                    "the delete dialog",
                    () -> driver.findElements(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog[opened]"))
                                    .isEmpty()
                            ? null
                            : true);
            waitUntil(
                    "the focus on Cancel",
                    () -> "dialog-cancel".equals(js().executeScript("return document.activeElement.className"))
                            ? true
                            : null);
            screenshot("phone-delete-dialog");
            axe.scan(driver, "phone-delete-dialog");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitForVaadin();
            assertThat(driver.findElements(By.cssSelector("a[href$='applications/draft/" + draftId + "']")))
                    .as("Cancel keeps the draft")
                    .isNotEmpty();

            open("showcase");
            waitForHeading(t("reporting.showcase.title"));
            assertPageFits("showcase");
            axe.scan(driver, "phone-showcase");

            // --- 200 % zoom of a 1280 x 800 window
            viewport(640, 400);
            open("applications");
            waitForHeading(t("grantapplication.my.title"));
            assertPageFits("my applications at 200 %");
            assertThat(navbarHeight()).isLessThanOrEqualTo(64);
            screenshot("zoom-my-applications");
            viewport(390, 844);
            logout();

            // --- the clerk: the inbox's buttons are tab stops; the hand-over dialog
            login(CLERK);
            waitForUrl("/inbox");
            waitForHeading(t("review.inbox.title"));
            searchInbox(submitted.referenceNumber());
            assertPageFits("inbox");
            assertThat(gridRowContaining(submitted.referenceNumber()).orElseThrow())
                    .contains(t("review.step.Task_FormalCheck"), t("review.inbox.unassigned"));
            String openLabel = t("review.inbox.open-aria", submitted.referenceNumber());
            String claimLabel = t("review.inbox.claim-aria", submitted.referenceNumber());
            String handOverLabel = t("review.inbox.hand-over-aria", submitted.referenceNumber());
            WebElement handOver = buttonByAriaLabel(handOverLabel);
            assertThat(normalise(handOver.getDomAttribute("aria-label")).toLowerCase())
                    .as("the accessible name contains the visible label")
                    .contains(normalise(handOver.getText()).toLowerCase());
            js().executeScript("arguments[0].focus()", driver.findElement(By.tagName("h1")));
            assertThat(tabsUntilLabel(openLabel)).as("Open is a tab stop").isTrue();
            assertThat(tabsUntilLabel(claimLabel)).as("Claim is a tab stop").isTrue();
            screenshot("phone-inbox");
            axe.scan(driver, "phone-inbox");
            buttonByAriaLabel(handOverLabel).click();
            waitForVaadin();
            waitUntil(
                    "the hand-over dialog",
                    () -> driver.findElements(By.cssSelector("vaadin-dialog[opened]"))
                                    .isEmpty()
                            ? null
                            : true);
            screenshot("phone-hand-over-dialog");
            axe.scan(driver, "phone-hand-over-dialog");
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            waitForVaadin();

            viewport(640, 400);
            open("inbox");
            waitForHeading(t("review.inbox.title"));
            assertPageFits("inbox at 200 %");
            viewport(390, 844);
            logout();
        } finally {
            desktopViewport();
        }
        assertThat(axe.all())
                .as("axe-core violations (report: " + report.toAbsolutePath() + ")")
                .isEmpty();
    }

    /** No sideways scrolling: the page is not wider than the viewport. */
    private void assertPageFits(String page) {
        waitForVaadin();
        Object widths = js().executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
        assertThat((Boolean) js().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as(page + ": page width vs viewport " + widths)
                .isTrue();
    }

    private long navbarHeight() {
        return ((Number)
                        js().executeScript(
                                        "return document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~=navbar]').getBoundingClientRect().height"))
                .longValue();
    }

    private long visibleButtons(String text) {
        return driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && normalise(b.getText()).equals(text))
                .count();
    }

    private String activeTag() {
        return (String) js().executeScript("return document.activeElement.localName");
    }

    private String activeText() {
        return normalise((String) js().executeScript("return document.activeElement.textContent"));
    }

    /** Texts of the matching elements whose box reaches past the viewport's right edge (cut off on a phone). */
    @SuppressWarnings("unchecked")
    private List<String> overflowing(String selector) {
        return (List<String>) js().executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                  .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > window.innerWidth + 1)
                  .map(e => e.textContent.trim());""", selector);
    }

    /** Presses Tab (at most 60 times, no arrow keys) until the button with this aria-label has the focus. */
    private boolean tabsUntilLabel(String ariaLabel) {
        for (int i = 0; i < 60; i++) {
            if (ariaLabel.equals(js().executeScript("return document.activeElement.getAttribute('aria-label')"))) {
                return true;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        return false;
    }

    /** Presses Tab (at most 60 times, no arrow keys) until the element has the focus. */
    private boolean tabsUntil(WebElement target) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(js().executeScript("return document.activeElement === arguments[0]", target))) {
                return true;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        return false;
    }
}
