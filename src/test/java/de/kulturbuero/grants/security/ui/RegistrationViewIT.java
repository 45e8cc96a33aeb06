package de.kulturbuero.grants.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.security.OrganisationType;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The registration page without a browser: each field is checked on its own, so a mistyped e-mail
 * address is reported as not valid (not as missing) and the fields typed after it are not reported
 * as empty.
 */
@IntegrationTest
class RegistrationViewIT extends SpringBrowserlessTest {

    private String t(String key, Object... args) {
        return ((Component) getCurrentView()).getTranslation(key, args);
    }

    private void type(String labelKey, String text) {
        test($(TextField.class).withLabel(t(labelKey)).single()).setValue(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    @WithAnonymousUser
    void an_invalid_e_mail_address_is_called_not_valid_and_the_fields_after_it_keep_their_values(String language) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        navigate(RegistrationView.class);
        type("security.register.name", "Zofia Kowalska");
        test($(EmailField.class).withLabel(t("security.register.email")).single())
                .setValue("zofia-at-example.org");
        test($(PasswordField.class).withLabel(t("security.register.password")).single())
                .setValue("Bardzo-tajne-7");
        test($(PasswordField.class)
                        .withLabel(t("security.register.password-repeat"))
                        .single())
                .setValue("Bardzo-tajne-7");
        type("security.register.organisation", "Polnisch-Deutscher Chor e.V.");
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationType> type = $(ComboBox.class)
                .withLabel(t("security.register.organisation-type"))
                .single();
        test(type).selectItem(t(OrganisationType.ASSOCIATION.messageKey()));
        type("security.register.street", "Lindener Marktplatz 1");
        type("security.register.postcode", "30449");
        type("security.register.city", "Hannover");
        type("security.register.country", "Deutschland");
        test($(Checkbox.class).withLabel(t("security.register.privacy")).single())
                .click();

        test($(Button.class).withText(t("security.register.submit")).single()).click();

        EmailField email =
                $(EmailField.class).withLabel(t("security.register.email")).single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(t("security.register.email-invalid"));
        assertThat(email.getErrorMessage()).containsAnyOf("valid", "gültig");
        for (String later : new String[] {
            "security.register.organisation",
            "security.register.street",
            "security.register.postcode",
            "security.register.city",
            "security.register.country"
        }) {
            TextField field = $(TextField.class).withLabel(t(later)).single();
            assertThat(field.isInvalid())
                    .as(later + " is not reported as empty")
                    .isFalse();
        }
        assertThat($(PasswordField.class)
                        .withLabel(t("security.register.password"))
                        .single()
                        .isInvalid())
                .isFalse();
        assertThat(type.isInvalid()).isFalse();
        assertThat($(Checkbox.class)
                        .withLabel(t("security.register.privacy"))
                        .single()
                        .getValue())
                .isTrue();
        assertThat(getCurrentView()).as("still on the registration page").isInstanceOf(RegistrationView.class);
    }
}
