package de.kulturbuero.grants.settlement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.BigDecimalField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.settlement.BaseRate;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.ui.AccessibilityStatementView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The base-rate page without a browser: the table in the UI language's number format, a refusal at its field. */
@IntegrationTest
class BaseRatesViewIT extends SpringBrowserlessTest {

    private String t(String key, Object... args) {
        return ((Component) getCurrentView()).getTranslation(key, args);
    }

    @Test
    @WithUserDetails(SignedIn.HANNA)
    void the_table_shows_the_rates_in_german_number_format() {
        navigate(AccessibilityStatementView.class);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(BaseRatesView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Basiszinssätze");
        @SuppressWarnings("unchecked")
        Grid<BaseRate> grid = $(Grid.class).single();
        var rows = test(grid);
        List<String> first2024 = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getCellText(row, 0).equals("01.01.2024")) {
                first2024.add(rows.getCellText(row, 1) + " | " + rows.getCellText(row, 2));
            }
        }
        // 3.62 + 5 = 8.62
        assertThat(first2024).containsExactly("3,62 % | 8,62 %");
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void a_day_other_than_the_first_of_january_or_july_is_refused_at_its_field() {
        navigate(BaseRatesView.class);
        DatePicker validFrom = $(DatePicker.class)
                .withLabel(t("settlement.rates.add.valid-from"))
                .single();
        LocalDate suggested = validFrom.getValue();
        assertThat(suggested.getDayOfMonth()).isEqualTo(1);
        validFrom.setValue(suggested.plusDays(14));
        $(BigDecimalField.class)
                .withLabel(t("settlement.rates.add.rate"))
                .single()
                .setValue(new BigDecimal("1.27"));
        test($(Button.class).withText(t("settlement.rates.add.save")).single()).click();

        assertThat(validFrom.isInvalid()).isTrue();
        assertThat(validFrom.getErrorMessage()).isEqualTo(t("settlement.rates.refused.half-year"));
        Div summary = $(Div.class).withClassName("error-summary").single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).contains(t("settlement.rates.refused.half-year"));
    }
}
