package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The applicant's journey in a real browser, in German: a draft through every step of the
 * form, leaving and coming back (autosave), a flight refused to a city reachable by ground, the
 * review page with a missing item linked to its step, submission and the status timeline.
 * axe-core must find no violation on any of these pages.
 */
class ApplicantJourneyIT extends ApplicationWizardDriver {

    String applicant() {
        return "anna@example.org";
    }

    /**
     * Anna, a demo account, starts as a visitor on the public programme page, chooses "apply",
     * signs in and lands in a new draft of that programme (the English journey registers instead).
     */
    void signIn(AxeCheck axe) {
        open("");
        waitForUrl("/programmes");
        waitForHeading(t("grantapplication.programmes.title"));
        assertThat(pageText()).contains("Poznań", "Hiroshima", t("grantapplication.programmes.type-deficit"));
        screenshot(uiLocale().getLanguage() + "-public-programmes");
        axe.scan(driver, "public-programmes");
        driver.findElement(By.linkText(t("grantapplication.programmes.apply", programme())))
                .click();
        waitForUrl("/login");
        login(applicant());
        waitForUrl("/applications/draft/");
        waitForHeading(t("grantapplication.wizard.title", programme()));
    }

    String programme() {
        return uiLocale().getLanguage().equals("de")
                ? "Internationale Kulturprojekte"
                : "International culture projects";
    }

    @Test
    void applicant_fills_every_step_comes_back_to_the_draft_and_submits() {
        AxeCheck axe = new AxeCheck(Paths.get(
                System.getProperty("screenshots.dir", "target/screenshots"),
                "axe-applicant-" + uiLocale().getLanguage() + ".txt"));
        String lang = uiLocale().getLanguage();
        String title = "Klangbrücke " + lang + " " + System.currentTimeMillis() % 100000;

        signIn(axe);
        waitForUrl("/applications");
        if (!driver.getCurrentUrl().contains("/applications/draft/")) {
            startDraft(programme());
        }
        screenshot(lang + "-wizard-project-empty");
        axe.scan(driver, "wizard-project");

        Project project = Project.of(title, "Pozna", "Poznań");
        fillProject(project);
        String saved = t("grantapplication.wizard.saved", "").replace("()", "").trim();
        waitUntil(
                "the save status to say \"" + saved + "\"",
                () -> String.valueOf(
                                        js().executeScript(
                                                        "const s = document.querySelector('.wizard-save-status'); return s ? s.textContent : '';"))
                                .contains(saved)
                        ? Boolean.TRUE
                        : null);
        screenshot(lang + "-wizard-project-filled");

        // leave and come back: everything typed so far was saved
        open("applications");
        waitForHeading(t("grantapplication.my.title"));
        driver.findElement(By.linkText(t("grantapplication.my.continue-draft"))).click();
        waitForUrl("/applications/draft/");
        assertThat(component("vaadin-text-field", t("grantapplication.field.title"))
                        .getDomProperty("value"))
                .isEqualTo(title);

        // a day that does not exist, typed into the real date picker: refused with its message, not reported as saved
        String noSuchDay = "de".equals(lang) ? "30.02.2027" : "30/02/2027";
        WebElement end = component("vaadin-date-picker", t("grantapplication.field.end-date"));
        WebElement endInput = end.findElement(By.cssSelector("input"));
        endInput.click();
        endInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        endInput.sendKeys(noSuchDay, Keys.ENTER);
        waitForVaadin();
        endInput.sendKeys(Keys.TAB);
        waitForVaadin();
        String refusal = t("shared.date.no-such-day", noSuchDay);
        waitUntil(
                "the end date to be refused with \"" + refusal + "\"",
                () -> "true".equals(String.valueOf(end.getDomProperty("invalid")))
                                && normalise(end.getDomProperty("errorMessage")).equals(normalise(refusal))
                        ? Boolean.TRUE
                        : null);
        assertThat(end.getDomProperty("value"))
                .as("nothing was made of the impossible day")
                .isEmpty();
        String notSaved = t("grantapplication.wizard.not-saved-entries", 1).substring(0, 10);
        waitUntil(
                "the save status to say \"" + notSaved + "\"",
                () -> String.valueOf(
                                        js().executeScript(
                                                        "const s = document.querySelector('.wizard-save-status'); return s ? s.textContent : '';"))
                                .startsWith(notSaved)
                        ? Boolean.TRUE
                        : null);
        screenshot(lang + "-wizard-date-refused");
        setDatePicker(t("grantapplication.field.end-date"), project.start().plusDays(3));
        waitUntil(
                "the save status to say \"" + saved + "\"",
                () -> String.valueOf(
                                        js().executeScript(
                                                        "const s = document.querySelector('.wizard-save-status'); return s ? s.textContent : '';"))
                                .contains(saved)
                        ? Boolean.TRUE
                        : null);

        next(2, "grantapplication.step.FINANCING");
        fillFinancing();
        screenshot(lang + "-wizard-financing");
        axe.scan(driver, "wizard-financing");

        next(3, "grantapplication.step.TRAVEL");
        fillTravel(t("grantapplication.travel.mode.BUS"), t("grantapplication.travel.mode.FLIGHT"));
        waitForText(t("grantapplication.validation.flight-refused", "Poznań"));
        screenshot(lang + "-wizard-travel-flight-refused");
        axe.scan(driver, "wizard-travel");
        fillTravel(t("grantapplication.travel.mode.BUS"), t("grantapplication.travel.mode.TRAIN"));

        next(4, "grantapplication.step.ATTACHMENTS");
        uploadFile("Einladung Poznań.pdf", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        uploadFile("invoice.pdf", "MZ this is not a PDF at all");
        waitForText(t("grantapplication.attachment.wrong-type", "invoice.pdf"));
        screenshot(lang + "-wizard-attachments");
        axe.scan(driver, "wizard-attachments");
        assertThat(driver.findElements(By.linkText("Einladung Poznań.pdf"))).hasSize(1);
        assertThat(driver.findElements(By.linkText("invoice.pdf"))).isEmpty();

        next(5, "grantapplication.step.DECLARATIONS");
        setCheckbox(t("grantapplication.declaration.truthful"), true);
        screenshot(lang + "-wizard-declarations");
        axe.scan(driver, "wizard-declarations");

        // the review names what is missing and links back to it
        next(6, "grantapplication.step.REVIEW");
        waitForText(t("grantapplication.validation.privacy-required"));
        screenshot(lang + "-wizard-review-missing");
        axe.scan(driver, "wizard-review");
        clickButton(t("grantapplication.step.DECLARATIONS") + ": " + t("grantapplication.validation.privacy-required"));
        waitForText(t("grantapplication.wizard.progress", 5, 6, t("grantapplication.step.DECLARATIONS")));
        fillDeclarations();
        next(6, "grantapplication.step.REVIEW");
        waitForText(t("grantapplication.review.ready"));
        screenshot(lang + "-wizard-review-ready");

        String reference = submit();
        waitForHeading(title);
        assertThat(description(t("grantapplication.field.reference"))).isEqualTo(reference);
        assertThat(pageText())
                .contains(
                        t("grantapplication.timeline.title"),
                        t("grantapplication.timeline.explain.SUBMITTED"),
                        t("grantapplication.status.FORMAL_CHECK"));
        Path done = screenshot(lang + "-application-submitted");

        // the receipt downloads as a PDF
        WebElement receipt = driver.findElement(By.linkText(t("grantapplication.view.receipt")));
        assertThat(receipt.getDomAttribute("download")).isNotNull();
        Object head = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))
                    .catch(e => done('failed: ' + e));""", receipt.getDomProperty("href"));
        assertThat(head).isEqualTo("%PDF-");
        axe.scan(driver, "application-page");
        System.out.println("[journey] " + reference + " submitted through the wizard; " + done.toAbsolutePath());

        assertThat(axe.all()).as("axe-core violations on the applicant's pages").isEmpty();
    }
}
