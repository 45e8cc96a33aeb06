package de.kulturbuero.grants.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.shared.SignedIn;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The partner-city dialog: a new city is saved with its computed distance; a latitude off the globe is refused. */
@IntegrationTest
class PartnerCitiesViewIT extends SpringBrowserlessTest {

    private final ProgrammeService programmes;

    @Autowired
    PartnerCitiesViewIT(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    private String t(String key) {
        return ((Component) getCurrentView()).getTranslation(key);
    }

    private void fillIn(String name, String latitude) {
        test($(Button.class).withText(t("programme.city.new")).single()).click();
        test($(TextField.class).withLabel(t("programme.city.field.name")).single())
                .setValue(name);
        test($(TextField.class).withLabel(t("programme.city.field.country")).single())
                .setValue("Norway");
        $(IntegerField.class)
                .withLabel(t("programme.city.field.since"))
                .single()
                .setValue(2001);
        $(BigDecimalField.class)
                .withLabel(t("programme.city.field.latitude"))
                .single()
                .setValue(new BigDecimal(latitude));
        $(BigDecimalField.class)
                .withLabel(t("programme.city.field.longitude"))
                .single()
                .setValue(new BigDecimal("10.7522"));
        test($(Button.class).withText(t("programme.city.save")).single()).click();
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void an_admin_adds_a_partner_city_and_its_distance_is_computed() {
        navigate(PartnerCitiesView.class);
        String name = "Oslo " + System.nanoTime();
        fillIn(name, "59.9139");
        PartnerCitySummary oslo = programmes.activePartnerCities().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(oslo.distanceKm()).isBetween(830L, 860L);
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void a_latitude_off_the_globe_is_refused_in_the_dialog() {
        navigate(PartnerCitiesView.class);
        String name = "Nowhere " + System.nanoTime();
        fillIn(name, "95");
        assertThat($(Div.class).withClassName("error-summary").first().isVisible())
                .isTrue();
        assertThat(programmes.activePartnerCities())
                .extracting(PartnerCitySummary::name)
                .doesNotContain(name);
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void a_corrected_field_loses_the_message_of_the_earlier_attempt() {
        navigate(PartnerCitiesView.class);
        String name = "Nowhere " + System.nanoTime();
        fillIn(name, "95");
        BigDecimalField latitude = $(BigDecimalField.class)
                .withLabel(t("programme.city.field.latitude"))
                .single();
        assertThat(latitude.isInvalid()).isTrue();

        latitude.setValue(new BigDecimal("59.9139"));
        $(BigDecimalField.class)
                .withLabel(t("programme.city.field.longitude"))
                .single()
                .setValue(new BigDecimal("200"));
        test($(Button.class).withText(t("programme.city.save")).single()).click();

        assertThat(latitude.isInvalid()).as("the latitude is right now").isFalse();
        assertThat($(BigDecimalField.class)
                        .withLabel(t("programme.city.field.longitude"))
                        .single()
                        .isInvalid())
                .isTrue();
        Div summary = $(Div.class).withClassName("error-summary").first();
        assertThat($(com.vaadin.flow.component.html.ListItem.class)
                        .from(summary)
                        .all())
                .as("only this attempt's problem")
                .hasSize(1);
    }
}
