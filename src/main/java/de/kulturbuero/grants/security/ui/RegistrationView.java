package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.security.OrganisationType;
import de.kulturbuero.grants.security.PasswordPolicy;
import de.kulturbuero.grants.security.RegistrationForm;
import de.kulturbuero.grants.security.RegistrationRejected;
import de.kulturbuero.grants.security.RegistrationService;
import de.kulturbuero.grants.shared.ui.AccessibilityStatementLink;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.LanguageSwitch;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Self-registration of applicants; on success the new account signs in on the login page. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends Main implements HasDynamicTitle {

    private final transient RegistrationService registrations;
    private final Binder<RegistrationForm> binder = new Binder<>(RegistrationForm.class);
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final RegistrationForm bean = new RegistrationForm();

    public RegistrationView(RegistrationService registrations, LanguageSwitch languageSwitch) {
        this.registrations = registrations;
        addClassName("login-view");
        addClassName("register-view");
        H1 title = new H1(getTranslation("security.register.title"));
        title.addClassName("login-title");
        add(languageSwitch, title, new Paragraph(getTranslation("security.register.intro")));

        add(errorSummary);

        TextField name = text("name", "security.register.name", 200);
        name.setAutocomplete(Autocomplete.NAME);
        EmailField email = new EmailField(getTranslation("security.register.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        // the field's own check while typing says the same as the server (otherwise it turns red without a text)
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("security.register.email-invalid"))
                .setMaxLengthErrorMessage(getTranslation("security.register.email-invalid")));
        binder.bind(email, "email");
        fields.put("email", email);
        PasswordField password = new PasswordField(getTranslation("security.register.password"));
        password.setHelperText(getTranslation("security.password.rule", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        binder.bind(password, "password");
        fields.put("password", password);
        PasswordField repeat = new PasswordField(getTranslation("security.register.password-repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        binder.bind(repeat, "passwordRepeat");
        fields.put("passwordRepeat", repeat);
        TextField organisation = text("organisation", "security.register.organisation", 200);
        ComboBox<OrganisationType> type = new ComboBox<>(getTranslation("security.register.organisation-type"));
        type.setItems(Arrays.asList(OrganisationType.values()));
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        binder.bind(type, "organisationType");
        fields.put("organisationType", type);
        TextField street = text("street", "security.register.street", 200);
        TextField postcode = text("postcode", "security.register.postcode", 20);
        TextField city = text("city", "security.register.city", 100);
        TextField country = text("country", "security.register.country", 100);
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("security.register.language"));
        language.setItems(List.of("de", "en"));
        language.setItemLabelGenerator(l -> getTranslation("security.register.language." + l));
        binder.bind(language, "language");
        fields.put("language", language);
        Paragraph privacyNotice = new Paragraph(getTranslation("security.register.privacy-notice"));
        privacyNotice.addClassName("privacy-notice");
        Checkbox privacy = new Checkbox(getTranslation("security.register.privacy"));
        binder.bind(privacy, "privacyAccepted");
        fields.put("privacyAccepted", privacy);

        FormLayout form = new FormLayout(
                name,
                email,
                password,
                repeat,
                organisation,
                type,
                street,
                postcode,
                city,
                country,
                language,
                privacyNotice,
                privacy);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(privacyNotice, 2);
        form.setColspan(privacy, 2);
        form.setColspan(language, 2);
        form.addClassName("register-form");
        add(form);

        bean.setLanguage(getLocale().getLanguage().equals("en") ? "en" : "de");
        // buffered: an unbuffered binder stops writing every later field while one field is invalid,
        // so a mistyped address made everything typed after it look empty to the server
        binder.readBean(bean);

        Button register = new Button(getTranslation("security.register.submit"), e -> register());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                register,
                new Paragraph(new RouterLink(getTranslation("security.register.to-login"), LoginView.class)),
                AccessibilityStatementLink.paragraph());
    }

    private TextField text(String property, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(max);
        binder.bind(field, property);
        fields.put(property, field);
        return field;
    }

    private void register() {
        RejectedFields.clear(fields, errorSummary);
        // every field as typed, valid or not: the service checks each one on its own and says what is wrong
        binder.writeBeanAsDraft(bean, true);
        try {
            registrations.register(bean);
            Notification n =
                    Notification.show(getTranslation("security.register.done"), 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (RegistrationRejected rejected) {
            RejectedFields.show(this, fields, errorSummary, rejected);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.register.title") + " – " + getTranslation("app.title");
    }
}
