package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Proves in a real browser that a programme set up by an admin governs the applications made to
 * it: Adam (admin) creates a new programme through the programme editor,
 * with its own maximum grant and reference-number prefix, and opens it for applications; Ben
 * (applicant) finds it in the public catalogue, applies through the wizard, runs into the
 * programme's maximum grant, corrects the amount and submits. The application carries the new
 * programme's name and a reference number with the prefix Adam chose.
 * <p>
 * In English: both demo accounts (adam@, ben@) prefer English, and the UI follows the account.
 */
class AdminProgrammeJourneyIT extends ApplicationWizardDriver {

    private static final String ADMIN = "adam@example.org";
    private static final String APPLICANT = "ben@example.org";

    @Override
    protected Locale uiLocale() {
        return Locale.ENGLISH;
    }

    @Test
    void admin_creates_and_opens_a_programme_applicant_applies_to_it_under_its_rules() {
        AxeCheck axe = new AxeCheck(
                Paths.get(System.getProperty("screenshots.dir", "target/screenshots"), "axe-admin-programme.txt"));
        LocalDate today = LocalDate.now(Formats.ZONE);
        // a prefix no other programme has (the demo data uses two letters); typed in lower case as a user might
        String prefix = "J" + randomLetters(4);
        String nameDe = "Nachbarschaftsfonds " + prefix;
        String nameEn = "Neighbourhood fund " + prefix;
        BigDecimal maxGrant = new BigDecimal("2000");
        String maxGrantText = Formats.money(maxGrant, uiLocale());

        // --- Adam: the programme list, from the menu
        login(ADMIN);
        sideNavItem(t("programme.admin.menu")).click();
        waitForUrl("/admin/programmes");
        waitForHeading(t("programme.admin.title"));
        assertThat(gridRowContaining(nameEn)).isEmpty();

        // --- the editor: a new programme
        clickButton(t("programme.admin.new"));
        waitForUrl("/admin/programme/new");
        waitForHeading(t("programme.admin.new"));

        // saved empty, the long form names what is missing in the summary above it, brought into view
        clickButton(t("programme.admin.save"));
        WebElement summary = waitUntil(
                "the error summary",
                () -> driver.findElements(By.cssSelector(".error-summary")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        // each problem with its field's label, and as many problems as the heading counts
        assertThat(normalise(summary.getText()))
                .contains(
                        t("shared.form.errors", 5),
                        t("programme.field.name-de") + ": " + t("programme.validation.required"),
                        t("programme.field.name-en") + ": " + t("programme.validation.required"),
                        t("programme.field.max-grant") + ": " + t("programme.validation.amount-positive"),
                        t("programme.field.annual-budget") + ": " + t("programme.validation.amount-not-negative"),
                        t("programme.field.prefix") + ": " + t("programme.validation.prefix-format"));
        assertThat(summary.findElements(By.tagName("li"))).hasSize(5);
        waitUntil(
                "the error summary to be scrolled into the viewport",
                () -> Boolean.TRUE.equals(js().executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 56 && r.bottom <= window.innerHeight;""", summary)) ? Boolean.TRUE : null);
        screenshot("admin-programme-form-empty-saved");

        setTextField(t("programme.field.name-de"), nameDe);
        setTextField(t("programme.field.name-en"), nameEn);
        setTextArea(
                t("programme.field.description-de"),
                "Kleine Begegnungen zwischen Nachbarschaften in Hannover und den Partnerstädten.");
        setTextArea(
                t("programme.field.description-en"),
                "Small encounters between neighbourhoods in Hanover and the twin cities.");
        setTextArea(t("programme.field.eligibility-de"), "Vereine und Initiativen aus Hannover.");
        setTextArea(t("programme.field.eligibility-en"), "Associations and initiatives from Hanover.");
        selectComboBox(
                t("programme.field.financing-type"),
                t("programme.financing.DEFICIT"),
                t("programme.financing.DEFICIT"));
        setMoneyField(t("programme.field.max-grant"), "2000");
        setMoneyField(t("programme.field.decision-threshold"), "1500");
        // the window opens tomorrow: the programme is planned until Adam opens it
        setDatePicker(t("programme.field.window-start"), today.plusDays(1));
        setDatePicker(t("programme.field.window-end"), today.plusDays(120));
        setIntegerField(t("programme.field.min-lead-weeks"), "4");
        setTextField(t("programme.field.prefix"), prefix.toLowerCase(Locale.ROOT));
        setMoneyField(t("programme.field.annual-budget"), "20000");
        clickButton(t("programme.budget.add"));
        setIntegerField(t("programme.budget.year"), String.valueOf(today.getYear()));
        setMoneyField(t("programme.budget.amount"), "30000");
        clickButton(t("programme.criteria.add"));
        setTextField(t("programme.criteria.name-de"), "Qualität der Begegnung");
        setTextField(t("programme.criteria.name-en"), "Quality of the encounter");
        setIntegerField(t("programme.criteria.weight"), "100");
        waitForText(t("programme.criteria.sum", 100));
        screenshot("admin-programme-form-filled");
        axe.scan(driver, "programme-editor");

        clickButton(t("programme.admin.save"));
        waitForNotification(t("programme.admin.saved", nameEn));
        waitForHeading(t("programme.admin.edit", nameEn));
        assertThat(driver.getCurrentUrl()).doesNotContain("/new");
        // saved as typed: the prefix in capitals, the year's own budget kept
        assertThat(component("vaadin-text-field", t("programme.field.prefix")).getDomProperty("value"))
                .isEqualTo(prefix);
        assertThat(component("vaadin-integer-field", t("programme.budget.year")).getDomProperty("value"))
                .isEqualTo(String.valueOf(today.getYear()));
        screenshot("admin-programme-saved");

        // --- back to the list: planned, not yet offered to applicants
        sideNavItem(t("programme.admin.menu")).click();
        waitForUrl("/admin/programmes");
        waitForHeading(t("programme.admin.title"));
        List<String> planned = waitUntil(
                "the list row of " + nameEn, () -> gridRowContaining(nameEn).orElse(null));
        assertThat(planned).contains(prefix, t("programme.status.PLANNED"), maxGrantText);
        open("programmes");
        waitForHeading(t("grantapplication.programmes.title"));
        assertThat(pageText()).doesNotContain(nameEn);

        sideNavItem(t("programme.admin.menu")).click();
        waitForHeading(t("programme.admin.title"));
        buttonByAriaLabel(t("programme.admin.open") + ": " + nameEn).click();
        waitForVaadin();
        waitForNotification(t("programme.admin.open.done", nameEn));
        waitUntil(
                nameEn + " to be open",
                () -> gridRowContaining(nameEn)
                        .filter(r -> r.contains(t("programme.status.OPEN")))
                        .orElse(null));
        screenshot("admin-programme-opened");
        axe.scan(driver, "programme-list");
        logout();

        // --- Ben, as a visitor: the new programme in the public catalogue, with the rules Adam set
        waitForHeading(t("grantapplication.programmes.title"));
        String card = programmeCard(nameEn);
        assertThat(card)
                .contains(
                        "Small encounters between neighbourhoods",
                        "Associations and initiatives from Hanover.",
                        t("grantapplication.programmes.type-deficit"),
                        maxGrantText,
                        t("grantapplication.programmes.lead-weeks", 4));
        WebElement apply = driver.findElement(By.linkText(t("grantapplication.programmes.apply", nameEn)));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", apply);
        apply.click();
        waitForUrl("/login");
        login(APPLICANT);
        waitForUrl("/applications/draft/");
        waitForHeading(t("grantapplication.wizard.title", nameEn));

        String title = "Street party with Poznań " + prefix;
        fillProject(Project.of(title, "Pozna", "Poznań"));
        next(2, "grantapplication.step.FINANCING");
        waitForText(t("grantapplication.financing.rule-deficit", maxGrantText));

        // the plan balances and the deficit would allow 2,500 €, but the programme's maximum is 2,000 €
        fillFinancing("3000", "700", "2500");
        WebElement grant = component("vaadin-text-field", t("grantapplication.field.requested-amount"));
        String aboveMax = t("grantapplication.financing.above-max", maxGrantText);
        waitUntil(
                "the requested grant to be refused with \"" + aboveMax + "\"",
                () -> "true".equals(String.valueOf(grant.getDomProperty("invalid")))
                                && normalise(grant.getDomProperty("errorMessage"))
                                        .contains(normalise(aboveMax))
                        ? Boolean.TRUE
                        : null);
        assertThat(description(t("grantapplication.financing.grant-limit"))).isEqualTo(maxGrantText);
        screenshot("applicant-grant-above-programme-maximum");

        // more own funds, the maximum grant: accepted
        setMoneyField(t("grantapplication.financing.income-amount", "1"), "1200");
        setMoneyField(t("grantapplication.field.requested-amount"), "2000");
        waitUntil(
                "the requested grant to be accepted",
                () -> "true".equals(String.valueOf(grant.getDomProperty("invalid"))) ? null : Boolean.TRUE);
        assertThat(description(t("grantapplication.financing.difference")))
                .isEqualTo(t("grantapplication.financing.balanced"));

        travelByGroundToReview();

        String reference = submit(ANY_REFERENCE);
        assertThat(reference).startsWith(prefix + "-" + today.getYear() + "-");
        waitForHeading(title);
        assertThat(description(t("grantapplication.field.reference"))).isEqualTo(reference);
        assertThat(description(t("grantapplication.field.programme"))).isEqualTo(nameEn);
        assertThat(description(t("grantapplication.field.requested-amount"))).isEqualTo(maxGrantText);
        screenshot("applicant-application-submitted");

        // --- and in Ben's list
        sideNavItem(t("grantapplication.my.menu")).click();
        waitForUrl("/applications");
        waitForHeading(t("grantapplication.my.title"));
        List<String> row = waitUntil(
                "my applications row for " + reference,
                () -> gridRowContaining(reference).orElse(null));
        assertThat(row).contains(title, nameEn, maxGrantText);
        logout();
        assertThat(axe.all())
                .as("axe-core violations on the programme administration")
                .isEmpty();
    }

    /** The entry of the side navigation with this label. */
    private WebElement sideNavItem(String label) {
        return waitUntil(
                "menu entry \"" + label + "\"",
                () -> driver.findElements(By.tagName("vaadin-side-nav-item")).stream()
                        .filter(i -> normalise(i.getText()).equals(normalise(label)) && i.isDisplayed())
                        .findFirst()
                        .orElse(null));
    }

    /** The rendered text of the public programme card whose heading is {@code name}. */
    private String programmeCard(String name) {
        return waitUntil("the programme card \"" + name + "\"", () -> {
            Object text = js().executeScript("""
                    const norm = s => (s || '').replace(/[\\u00a0\\u202f]/g, ' ').replace(/\\s+/g, ' ').trim();
                    const card = Array.from(document.querySelectorAll('.programme-card'))
                        .find(c => { const h = c.querySelector('h2'); return h && norm(h.textContent) === norm(arguments[0]); });
                    return card ? card.innerText : null;""", name);
            return text == null ? null : normalise(text.toString());
        });
    }

    private static String randomLetters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }
}
