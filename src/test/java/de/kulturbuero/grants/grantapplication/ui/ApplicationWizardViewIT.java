package de.kulturbuero.grants.grantapplication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The application form without a browser: invalid input (a day that does not exist, a five-digit
 * year, an end before the start, negative participants, a grant with three decimals) is refused
 * with a message at its field, the page never says "saved" for it, and everything else typed
 * before or after it is saved. Amounts are read the same way in both languages.
 */
@IntegrationTest
class ApplicationWizardViewIT extends SpringBrowserlessTest {

    private final GrantApplicationService applications;
    private final TestApplications testApplications;
    private long id;

    @Autowired
    ApplicationWizardViewIT(GrantApplicationService applications, TestApplications testApplications) {
        this.applications = applications;
        this.testApplications = testApplications;
    }

    private String t(String key, Object... args) {
        return ((Component) getCurrentView()).getTranslation(key, args);
    }

    private void open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        id = applications.createDraft(testApplications.internationalCulture().id());
        navigate(ApplicationWizardView.class, id);
    }

    private String saveStatus() {
        return $(Span.class).withClassName("wizard-save-status").single().getText();
    }

    private ApplicationDraft saved() {
        return applications.draft(id);
    }

    private DatePicker datePicker(String labelKey) {
        return $(DatePicker.class).withLabel(t(labelKey)).single();
    }

    /** What the browser sends for a text it could not read as a date. */
    private static void typeUnreadableDate(DatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        new ComponentTester<DatePicker>(picker) {
            void send() {
                fireDomEvent("unparsable-change");
            }
        }.send();
    }

    /** A value as if the user had entered it, also one the field's own limits refuse (the browser lets it through). */
    private static <V> void enter(Component field, V value) {
        new ComponentTester<Component>(field) {
            void send(V v) {
                setValueAsUser(v);
            }
        }.send(value);
    }

    private void typeTitle(String title) {
        test($(TextField.class).withLabel(t("grantapplication.field.title")).single())
                .setValue(title);
    }

    private void toFinancing() {
        test($(Button.class).withText(t("grantapplication.step.FINANCING")).single())
                .click();
    }

    private void typeMoney(String label, String text) {
        test($(TextField.class).withLabel(label).single()).setValue(text);
    }

    private MoneyField moneyField(String label) {
        return $(MoneyField.class).withLabel(label).single();
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void submitting_an_incomplete_draft_lists_the_problems_in_the_error_summary_and_each_opens_its_field() {
        open(Locale.ENGLISH);
        test($(Button.class).withText(t("grantapplication.step.REVIEW")).single())
                .click();
        test($(Button.class).withText(t("grantapplication.new.submit")).single())
                .click();

        List<ErrorSummary> shown = $(ErrorSummary.class).all().stream()
                .filter(Component::isVisible)
                .toList();
        assertThat(shown).hasSize(1);
        ErrorSummary summary = shown.getFirst();
        assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
        List<Button> links = $(Button.class).from(summary).all();
        assertThat(summary.getElement().getTextRecursively()).startsWith(t("shared.form.errors", links.size()));
        String titleProblem =
                t("grantapplication.step.PROJECT") + ": " + t("grantapplication.validation.title-required");
        assertThat(links).extracting(Button::getText).contains(titleProblem);

        test(links.stream()
                        .filter(b -> b.getText().equals(titleProblem))
                        .findFirst()
                        .orElseThrow())
                .click();

        assertThat($(ProjectStep.class).single().isVisible()).isTrue();
        TextField title =
                $(TextField.class).withLabel(t("grantapplication.field.title")).single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(t("grantapplication.validation.title-required"));
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void a_day_that_does_not_exist_is_refused_with_a_message_and_not_reported_as_saved() {
        open(Locale.GERMAN);
        DatePicker start = datePicker("grantapplication.field.start-date");
        assertThat(start.getPlaceholder()).isEqualTo("TT.MM.JJJJ");
        assertThat(start.getHelperText()).startsWith("Format: TT.MM.JJJJ.");
        assertThat(start.getI18n().getDateFormats()).first().isEqualTo("dd.MM.yyyy");
        assertThat(start.getI18n().getMonthNames()).first().isEqualTo("Januar");
        assertThat(start.getI18n().getWeekdaysShort()).first().isEqualTo("So");

        typeUnreadableDate(start, "30.02.2026");

        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage())
                .isEqualTo(t("shared.date.no-such-day", "30.02.2026"))
                .contains("30.02.2026");
        assertThat(saveStatus())
                .isEqualTo(t("grantapplication.wizard.not-saved-entries", 1))
                .startsWith("Nicht gespeichert");
        assertThat(saved().getStartDate()).isNull();
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void a_five_digit_year_is_refused_with_its_own_message() {
        open(Locale.ENGLISH);
        DatePicker start = datePicker("grantapplication.field.start-date");
        assertThat(start.getPlaceholder()).isEqualTo("DD/MM/YYYY");

        typeUnreadableDate(start, "01/03/10000");

        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo(t("shared.date.year-four-digits", "01/03/10000", "DD/MM/YYYY"));
        assertThat(saveStatus()).startsWith("Not saved");
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void fields_typed_after_an_invalid_one_are_still_saved_and_the_status_counts_what_is_not() {
        open(Locale.GERMAN);
        typeUnreadableDate(datePicker("grantapplication.field.start-date"), "30.02.2026");
        String title = TestApplications.uniqueTitle("Nach dem falschen Datum");

        typeTitle(title);

        assertThat(saved().getTitle()).isEqualTo(title);
        assertThat(saveStatus())
                .startsWith("Nicht gespeichert: 1 Angabe muss korrigiert werden")
                .contains("Alles andere wurde gespeichert");

        // corrected: now everything is saved and the page says so
        LocalDate start = LocalDate.now().plusMonths(4);
        enter(datePicker("grantapplication.field.start-date"), start);
        assertThat(saved().getStartDate()).isEqualTo(start);
        assertThat(saveStatus()).startsWith("Entwurf gespeichert");
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void an_end_before_the_start_is_refused_and_not_saved() {
        open(Locale.GERMAN);
        LocalDate start = LocalDate.now().plusMonths(4);
        enter(datePicker("grantapplication.field.start-date"), start);
        assertThat(saveStatus()).startsWith("Entwurf gespeichert");

        DatePicker end = datePicker("grantapplication.field.end-date");
        enter(end, start.minusDays(1));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage())
                .isEqualTo(t("grantapplication.validation.end-before-start-on", Formats.date(start, Locale.GERMAN)));
        assertThat(saveStatus()).startsWith("Nicht gespeichert");
        assertThat(saved().getEndDate()).isNull();
        assertThat(saved().getStartDate()).isEqualTo(start);
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void negative_participants_are_refused_with_a_message_and_not_saved() {
        open(Locale.ENGLISH);
        IntegerField local = $(IntegerField.class)
                .withLabel(t("grantapplication.field.participants-local"))
                .single();

        enter(local, -5);

        assertThat(local.isInvalid()).isTrue();
        assertThat(local.getErrorMessage()).isEqualTo(t("grantapplication.validation.participants-range", "100000"));
        assertThat(saveStatus()).startsWith("Not saved");
        assertThat(saved().getParticipantsLocal()).isNull();

        enter(local, 24);
        assertThat(local.isInvalid()).isFalse();
        assertThat(saved().getParticipantsLocal()).isEqualTo(24);
        assertThat(saveStatus()).startsWith("Draft saved");
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void a_grant_with_three_decimals_is_refused_with_a_message_and_the_last_good_amount_stays_saved() {
        open(Locale.GERMAN);
        toFinancing();
        String grantLabel = t("grantapplication.field.requested-amount");
        typeMoney(grantLabel, "2.500");
        assertThat(saved().getRequestedGrant()).isEqualByComparingTo("2500");
        assertThat(moneyField(grantLabel).getText()).isEqualTo("2.500,00");

        typeMoney(grantLabel, "2500,505");

        MoneyField grant = moneyField(grantLabel);
        assertThat(grant.isInvalid()).isTrue();
        assertThat(grant.getErrorMessage()).isEqualTo(t("shared.money.too-many-decimals", "2500,505", "1.500,50"));
        assertThat(grant.getText()).as("the typed text is kept for correcting").isEqualTo("2500,505");
        assertThat(saveStatus()).startsWith("Nicht gespeichert");
        assertThat(saved().getRequestedGrant()).isEqualByComparingTo("2500");
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void a_negative_line_amount_has_its_own_message_and_is_not_saved() {
        open(Locale.ENGLISH);
        toFinancing();
        test($(Button.class).withText(t("grantapplication.financing.add-cost")).single())
                .click();
        String label = t("grantapplication.financing.line-amount", "1");

        typeMoney(label, "-200");

        assertThat(moneyField(label).getErrorMessage()).isEqualTo(t("shared.money.negative"));
        assertThat(saveStatus()).startsWith("Not saved");
        assertThat(saved().getCostLines())
                .singleElement()
                .extracting(ApplicationDraft.CostLine::getAmount)
                .isNull();
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void the_german_decimal_comma_in_the_english_form_is_read_as_decimals_and_shown_as_understood() {
        open(Locale.ENGLISH);
        toFinancing();
        test($(Button.class).withText(t("grantapplication.financing.add-cost")).single())
                .click();
        String label = t("grantapplication.financing.line-amount", "1");

        typeMoney(label, "1500,50");

        assertThat(saved().getCostLines().getFirst().getAmount()).isEqualByComparingTo(new BigDecimal("1500.50"));
        assertThat(moneyField(label).getText()).isEqualTo("1,500.50");
        assertThat(saveStatus()).startsWith("Draft saved");
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void a_german_amount_pasted_into_the_german_form_is_kept_whole() {
        open(Locale.GERMAN);
        toFinancing();
        String grantLabel = t("grantapplication.field.requested-amount");

        typeMoney(grantLabel, "3.000,00");

        assertThat(saved().getRequestedGrant()).isEqualByComparingTo("3000");
        assertThat(moneyField(grantLabel).getText()).isEqualTo("3.000,00");
        typeMoney(grantLabel, "1500.50");
        assertThat(saved().getRequestedGrant()).isEqualByComparingTo("1500.50");
        assertThat(moneyField(grantLabel).getText()).isEqualTo("1.500,50");
    }
}
