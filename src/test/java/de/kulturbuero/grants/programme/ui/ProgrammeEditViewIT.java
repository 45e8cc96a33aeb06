package de.kulturbuero.grants.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.ui.NoAccessView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The programme editor without a browser: an admin fills it in and saves; rule errors show in the summary. */
@IntegrationTest
class ProgrammeEditViewIT extends SpringBrowserlessTest {

    private final ProgrammeService programmes;

    @Autowired
    ProgrammeEditViewIT(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    private String t(String key, Object... args) {
        return ((com.vaadin.flow.component.Component) getCurrentView()).getTranslation(key, args);
    }

    private void fillIn(String prefix) {
        test($(TextField.class).withLabel(t("programme.field.name-de")).single())
                .setValue("Neues Programm " + prefix);
        test($(TextField.class).withLabel(t("programme.field.name-en")).single())
                .setValue("New programme " + prefix);
        test($(TextField.class).withLabel(t("programme.field.max-grant")).single())
                .setValue("4.000");
        test($(TextField.class).withLabel(t("programme.field.annual-budget")).single())
                .setValue("25000");
        test($(TextField.class).withLabel(t("programme.field.prefix")).single()).setValue(prefix.toLowerCase());
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void an_admin_creates_an_open_ended_programme_in_the_editor() {
        navigate(ProgrammeEditView.class, "new");
        String prefix = SignedIn.randomPrefix();
        fillIn(prefix);

        test($(Button.class).withText(t("programme.admin.save")).single()).click();

        ProgrammeSummary saved = programmes.openProgrammes().stream()
                .filter(p -> prefix.equals(p.referencePrefix()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("programme " + prefix + " not saved or not open"));
        assertThat(saved.nameEn()).isEqualTo("New programme " + prefix);
        assertThat(saved.maxGrant()).isEqualByComparingTo("4000");
        assertThat(saved.windowStart()).isNull();
        assertThat(saved.windowEnd()).isNull();
        assertThat(programmes.budget(saved.id(), 2030)).isEqualByComparingTo("25000");
        assertThat(getCurrentView()).isInstanceOf(ProgrammeEditView.class);
        // saved and unchanged: nothing to cancel, the button says where it leads; an edit makes it "Cancel" again
        assertThat($(Button.class).withText(t("programme.admin.back")).all()).hasSize(1);
        assertThat($(Button.class).withText(t("shared.cancel")).all()).isEmpty();
        test($(TextField.class).withLabel(t("programme.field.name-en")).single())
                .setValue("Renamed " + prefix);
        assertThat($(Button.class).withText(t("shared.cancel")).all()).hasSize(1);
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void an_amount_that_cannot_be_read_is_refused_with_its_message_and_nothing_is_saved() {
        navigate(ProgrammeEditView.class, "new");
        String prefix = SignedIn.randomPrefix();
        fillIn(prefix);
        test($(TextField.class).withLabel(t("programme.field.max-grant")).single())
                .setValue("1.500,505");
        test($(Button.class).withText(t("programme.budget.add")).single()).click();
        test($(TextField.class).withLabel(t("programme.budget.amount")).single())
                .setValue("-3000");

        test($(Button.class).withText(t("programme.admin.save")).single()).click();

        de.kulturbuero.grants.shared.ui.MoneyField maxGrant = $(de.kulturbuero.grants.shared.ui.MoneyField.class)
                .withLabel(t("programme.field.max-grant"))
                .single();
        assertThat(maxGrant.isInvalid()).isTrue();
        assertThat(maxGrant.getErrorMessage()).contains("1.500,505");
        String summary =
                $(Div.class).withClassName("error-summary").first().getElement().getTextRecursively();
        assertThat(summary).contains(maxGrant.getErrorMessage()).contains(t("shared.money.negative"));
        assertThat(programmes.allProgrammes())
                .extracting(ProgrammeSummary::referencePrefix)
                .doesNotContain(prefix);
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void criteria_whose_weights_do_not_add_up_are_refused_with_a_message() {
        navigate(ProgrammeEditView.class, "new");
        String prefix = SignedIn.randomPrefix();
        fillIn(prefix);
        test($(Button.class).withText(t("programme.criteria.add")).single()).click();
        test($(TextField.class).withLabel(t("programme.criteria.name-de")).single())
                .setValue("Qualität");
        test($(TextField.class).withLabel(t("programme.criteria.name-en")).single())
                .setValue("Quality");
        $(IntegerField.class).withLabel(t("programme.criteria.weight")).single().setValue(50);

        test($(Button.class).withText(t("programme.admin.save")).single()).click();

        Div summary = $(Div.class).withClassName("error-summary").first();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).contains("50");
        assertThat(programmes.allProgrammes())
                .extracting(ProgrammeSummary::referencePrefix)
                .doesNotContain(prefix);
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void the_error_summary_disappears_when_the_corrected_programme_is_saved() {
        navigate(ProgrammeEditView.class, "new");
        String prefix = SignedIn.randomPrefix();
        fillIn(prefix);
        test($(Button.class).withText(t("programme.criteria.add")).single()).click();
        test($(TextField.class).withLabel(t("programme.criteria.name-de")).single())
                .setValue("Qualität");
        test($(TextField.class).withLabel(t("programme.criteria.name-en")).single())
                .setValue("Quality");
        $(IntegerField.class).withLabel(t("programme.criteria.weight")).single().setValue(50);
        test($(Button.class).withText(t("programme.admin.save")).single()).click();
        assertThat($(Div.class).withClassName("error-summary").first().isVisible())
                .isTrue();

        $(IntegerField.class).withLabel(t("programme.criteria.weight")).single().setValue(100);
        test($(Button.class).withText(t("programme.admin.save")).single()).click();

        assertThat(programmes.allProgrammes())
                .extracting(ProgrammeSummary::referencePrefix)
                .contains(prefix);
        assertThat($(Div.class).withClassName("error-summary").all())
                .as("no summary of the refused attempt is left")
                .allSatisfy(summary -> assertThat(summary.isVisible()).isFalse());
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void each_added_year_budget_starts_with_a_year_not_yet_in_the_list() {
        navigate(ProgrammeEditView.class, "new");
        int nextYear = java.time.LocalDate.now(de.kulturbuero.grants.shared.i18n.Formats.ZONE)
                        .getYear()
                + 1;

        test($(Button.class).withText(t("programme.budget.add")).single()).click();
        test($(Button.class).withText(t("programme.budget.add")).single()).click();

        assertThat($(IntegerField.class).withLabel(t("programme.budget.year")).all())
                .extracting(IntegerField::getValue)
                .containsExactly(nextYear, nextYear + 1);
        // the rows look alike; a screen reader hears each field with its row number
        assertThat($(IntegerField.class).withLabel(t("programme.budget.year")).all())
                .extracting(f -> f.getAriaLabel().orElse(null))
                .containsExactly(
                        t("programme.budget.row-label", 1, t("programme.budget.year")),
                        t("programme.budget.row-label", 2, t("programme.budget.year")));

        Button removeFirst = $(Button.class).all().stream()
                .filter(b -> b.getAriaLabel()
                        .filter(t("programme.budget.row-label", 1, t("programme.budget.remove"))::equals)
                        .isPresent())
                .findFirst()
                .orElseThrow();
        test(removeFirst).click();
        assertThat($(IntegerField.class)
                        .withLabel(t("programme.budget.year"))
                        .single()
                        .getAriaLabel())
                .as("the rows are numbered again after a removal")
                .contains(t("programme.budget.row-label", 1, t("programme.budget.year")));
    }

    @Test
    @WithUserDetails(SignedIn.HANNA)
    void the_head_of_office_cannot_open_the_programme_administration() {
        assertThatThrownBy(() -> navigate(ProgrammesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(NoAccessView.class);
    }
}
