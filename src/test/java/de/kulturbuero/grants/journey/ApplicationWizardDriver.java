package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Drives the multi-step application form as an applicant does: one method per step, each field
 * found by its visible label in the browser's language.
 */
abstract class ApplicationWizardDriver extends BrowserTestBase {

    /** A reference number of the demo programme "International culture projects" (prefix IK). */
    static final Pattern REFERENCE = Pattern.compile("IK-\\d{4}-\\d{4}");
    /** A reference number of any programme: its prefix (2 to 6 capitals or digits), the year, a four-digit number. */
    static final Pattern ANY_REFERENCE = Pattern.compile("\\b[A-Z][A-Z0-9]{1,5}-\\d{4}-\\d{4}\\b");

    /** What the journey enters (a balanced plan for the deficit programme "International culture projects"). */
    record Project(String title, String cityFilter, String city, LocalDate start) {
        static Project of(String title, String cityFilter, String city) {
            return new Project(
                    title,
                    cityFilter,
                    city,
                    LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(60));
        }
    }

    /** From "My applications": starts a draft in the programme and lands on step 1. */
    void startDraft(String programme) {
        clickButton(t("grantapplication.my.new"));
        waitForUrl("/applications/new");
        waitForHeading(t("grantapplication.new.title"));
        clickButton(t("grantapplication.new.start", programme));
        waitForUrl("/applications/draft/");
        waitForHeading(t("grantapplication.wizard.title", programme));
        waitForText(t("grantapplication.wizard.progress", 1, 6, t("grantapplication.step.PROJECT")));
    }

    void fillProject(Project p) {
        setTextField(t("grantapplication.field.title"), p.title());
        selectComboBox(
                t("grantapplication.field.category"),
                t("grantapplication.category.MUSIC"),
                t("grantapplication.category.MUSIC"));
        setTextArea(t("grantapplication.field.summary"), "Zwei Jugendorchester erarbeiten gemeinsam ein Programm.");
        setTextArea(
                t("grantapplication.field.description"),
                "Proben in beiden Städten, zwei Konzerte, eine Dokumentation.");
        selectComboBox(t("grantapplication.field.partner-city"), p.cityFilter(), p.city());
        setTextField(t("grantapplication.field.partner-organisation"), "Teatr Ósmego Dnia");
        setTextField(t("grantapplication.field.partner-contact"), "Agnieszka Nowak, agnieszka@example.org");
        setTextField(t("grantapplication.field.partner-country"), "Polska");
        setTextArea(
                t("grantapplication.field.partner-role"), "Hat das Konzept mitentwickelt und stellt den Probenraum.");
        setTextField(t("grantapplication.field.place"), "Hannover und " + p.city());
        setDatePicker(t("grantapplication.field.start-date"), p.start());
        setDatePicker(t("grantapplication.field.end-date"), p.start().plusDays(3));
        setIntegerField(t("grantapplication.field.participants-local"), "24");
        setIntegerField(t("grantapplication.field.participants-partner"), "20");
    }

    /** 3,000 € travel (eligible) + 200 € catering (not eligible), 700 € own funds, 2,500 € grant: balanced. */
    void fillFinancing() {
        fillFinancing("3000", "700", "2500");
    }

    /** A balanced plan: travel (eligible), 200 € catering (not eligible), own funds, and the requested grant. */
    void fillFinancing(String travel, String ownFunds, String requested) {
        clickButton(t("grantapplication.financing.add-cost"));
        selectComboBox(
                t("grantapplication.financing.line-category", "1"),
                t("grantapplication.cost.TRAVEL"),
                t("grantapplication.cost.TRAVEL"));
        setTextField(t("grantapplication.financing.line-description", "1"), "Bus");
        setMoneyField(t("grantapplication.financing.line-amount", "1"), travel);
        clickButton(t("grantapplication.financing.add-cost"));
        selectComboBox(
                t("grantapplication.financing.line-category", "2"),
                t("grantapplication.cost.OTHER"),
                t("grantapplication.cost.OTHER"));
        setTextField(t("grantapplication.financing.line-description", "2"), "Catering");
        setMoneyField(t("grantapplication.financing.line-amount", "2"), "200");
        setCheckbox(t("grantapplication.financing.line-eligible", "2"), false);
        clickButton(t("grantapplication.financing.add-income"));
        selectComboBox(
                t("grantapplication.financing.income-kind", "1"),
                t("grantapplication.income.OWN_FUNDS"),
                t("grantapplication.income.OWN_FUNDS"));
        setMoneyField(t("grantapplication.financing.income-amount", "1"), ownFunds);
        setMoneyField(t("grantapplication.field.requested-amount"), requested);
        assertThat(description(t("grantapplication.financing.difference")))
                .isEqualTo(t("grantapplication.financing.balanced"));
    }

    void fillTravel(String localMode, String partnerMode) {
        chooseRadioInGroup(
                t("grantapplication.travel.mode-label", t("grantapplication.travel.group-local")), localMode);
        chooseRadioInGroup(
                t("grantapplication.travel.mode-label", t("grantapplication.travel.group-partner")), partnerMode);
    }

    void fillDeclarations() {
        setCheckbox(t("grantapplication.declaration.truthful"), true);
        setCheckbox(t("grantapplication.declaration.privacy"), true);
        setCheckbox(t("grantapplication.declaration.not-started"), true);
        setCheckbox(t("grantapplication.declaration.publish"), true);
    }

    void next(int toStep, String stepKey) {
        clickButton(t("grantapplication.wizard.next"));
        waitForText(t("grantapplication.wizard.progress", toStep, 6, t(stepKey)));
    }

    /** Submits from the review page and returns the reference number (an IK one) from the confirmation. */
    String submit() {
        return submit(REFERENCE);
    }

    /** Submits from the review page and returns the reference number matching {@code reference} from the confirmation. */
    String submit(Pattern reference) {
        clickButton(t("grantapplication.new.submit"));
        String notification = waitForNotification(t("grantapplication.new.submitted", ""));
        Matcher m = reference.matcher(notification);
        assertThat(m.find()).as("reference number in \"%s\"", notification).isTrue();
        waitForUrl("/application/");
        return m.group();
    }

    /**
     * From the financing step on to the review, the shortest complete way: both groups travel by
     * ground (bus and train), no attachments, the declarations given; the review says it is ready.
     */
    protected void travelByGroundToReview() {
        next(3, "grantapplication.step.TRAVEL");
        fillTravel(t("grantapplication.travel.mode.BUS"), t("grantapplication.travel.mode.TRAIN"));
        next(4, "grantapplication.step.ATTACHMENTS");
        next(5, "grantapplication.step.DECLARATIONS");
        fillDeclarations();
        next(6, "grantapplication.step.REVIEW");
        waitForText(t("grantapplication.review.ready"));
    }

    protected void setIntegerField(String label, String text) {
        WebElement field = component("vaadin-integer-field", label);
        WebElement input = waitUntil(
                "input",
                () -> field.findElements(By.cssSelector("input")).stream()
                        .findFirst()
                        .orElse(null));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    protected void setCheckbox(String label, boolean checked) {
        WebElement box = component("vaadin-checkbox", label);
        if ("true".equals(String.valueOf(box.getDomProperty("checked"))) != checked) {
            box.findElement(By.cssSelector("input[type=checkbox]")).click();
            waitForVaadin();
        }
        waitUntil(
                "checkbox \"" + label + "\" to be " + checked,
                () -> String.valueOf(checked).equals(String.valueOf(box.getDomProperty("checked")))
                        ? Boolean.TRUE
                        : null);
    }

    /** Clicks the radio button labelled {@code option} inside the radio group labelled {@code groupLabel}. */
    protected void chooseRadioInGroup(String groupLabel, String option) {
        WebElement group = component("vaadin-radio-group", groupLabel);
        WebElement radio = waitUntil(
                "radio \"" + option + "\"",
                () -> group.findElements(By.tagName("vaadin-radio-button")).stream()
                        .filter(r -> normalise(r.getText()).equals(normalise(option)))
                        .findFirst()
                        .orElse(null));
        radio.findElement(By.cssSelector("input[type=radio]")).click();
        waitForVaadin();
        waitUntil(
                "radio \"" + option + "\" to be checked",
                () -> "true".equals(String.valueOf(radio.getDomProperty("checked"))) ? Boolean.TRUE : null);
    }

    /** Uploads a file with this name and content through the vaadin-upload's file input, as a file chooser would. */
    protected void uploadFile(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("upload-");
            Path file = dir.resolve(name);
            Files.writeString(file, content);
            WebElement upload = waitUntil(
                    "the upload",
                    () -> driver.findElements(By.tagName("vaadin-upload")).stream()
                            .filter(WebElement::isDisplayed)
                            .findFirst()
                            .orElse(null));
            WebElement input = (WebElement) js().executeScript(
                            "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                            upload);
            // chromedriver adds to a "multiple" input's earlier selection: start from an empty one
            js().executeScript("arguments[0].value = '';", input);
            input.sendKeys(file.toAbsolutePath().toString());
            waitUntil(
                    "the upload of " + name + " to finish",
                    () -> Boolean.TRUE.equals(js().executeScript(
                                            "return !Array.from(arguments[0].files || []).some(f => !f.complete && !f.error && !f.abort);",
                                            upload))
                            ? Boolean.TRUE
                            : null);
            waitForVaadin();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers a new applicant through the registration page (reached from the login page) and signs in. */
    protected void registerAndSignIn(String email, String password, String languageLabel) {
        open("login");
        driver.findElement(By.linkText(t("security.register.link"))).click();
        waitForUrl("/register");
        waitForHeading(t("security.register.title"));
        setTextField(t("security.register.name"), "Zofia Kowalska");
        WebElement mail = component("vaadin-email-field", t("security.register.email"));
        WebElement mailInput = mail.findElement(By.cssSelector("input"));
        mailInput.click();
        mailInput.sendKeys(email, Keys.TAB);
        for (String label : new String[] {t("security.register.password"), t("security.register.password-repeat")}) {
            WebElement input = component("vaadin-password-field", label).findElement(By.cssSelector("input"));
            input.click();
            input.sendKeys(password, Keys.TAB);
        }
        setTextField(t("security.register.organisation"), "Polnisch-Deutscher Chor e.V.");
        selectComboBox(
                t("security.register.organisation-type"),
                t("security.organisation-type.ASSOCIATION"),
                t("security.organisation-type.ASSOCIATION"));
        setTextField(t("security.register.street"), "Lindener Marktplatz 1");
        setTextField(t("security.register.postcode"), "30449");
        setTextField(t("security.register.city"), "Hannover");
        setTextField(t("security.register.country"), "Deutschland");
        chooseRadioInGroup(t("security.register.language"), languageLabel);
        setCheckbox(t("security.register.privacy"), true);
        waitForVaadin();
        screenshot(uiLocale().getLanguage() + "-registration-filled");
        clickButton(t("security.register.submit"));
        waitForUrl("/login");
        WebElement username = waitUntil(
                "login form",
                () -> driver.findElements(By.cssSelector("vaadin-login-form input[name=username]")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        username.sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
        waitUntil("sign-in of " + email, () -> driver.getCurrentUrl().contains("/login") ? null : Boolean.TRUE);
        waitForVaadin();
    }
}
