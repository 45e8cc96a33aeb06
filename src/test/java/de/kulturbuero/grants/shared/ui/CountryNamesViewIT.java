package de.kulturbuero.grants.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTable;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.grantapplication.ui.ProgrammesView;
import de.kulturbuero.grants.programme.ui.PartnerCitiesView;
import de.kulturbuero.grants.shared.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The partner cities' countries (stored in English) are shown in the UI language: public page and administration. */
@IntegrationTest
class CountryNamesViewIT extends SpringBrowserlessTest {

    @ParameterizedTest
    @CsvSource({"de, Vereinigtes Königreich, Polen", "en, United Kingdom, Poland"})
    @WithAnonymousUser
    void the_public_page_names_the_partner_cities_countries_in_the_ui_language(
            String language, String uk, String poland) {
        // the start page of a visitor is this page: leave it, so that it is built again in the language set
        navigate(AccessibilityStatementView.class);
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        navigate(ProgrammesView.class);

        String table = $(NativeTable.class).first().getElement().getTextRecursively();
        assertThat(table).contains("Bristol" + uk, "Poznań" + poland);
    }

    @ParameterizedTest
    @CsvSource({"de, Frankreich", "en, France"})
    @WithUserDetails(SignedIn.ADAM)
    void the_partner_city_administration_names_the_countries_in_the_ui_language(String language, String france) {
        navigate(AccessibilityStatementView.class);
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        navigate(PartnerCitiesView.class);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).first();
        var rows = test(grid);
        List<String> rouen = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getCellText(row, 0).equals("Rouen")) {
                rouen.add(rows.getCellText(row, 1));
            }
        }
        assertThat(rouen).containsExactly(france);
    }
}
