package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import de.kulturbuero.grants.security.OrganisationType;
import de.kulturbuero.grants.security.PasswordPolicy;
import de.kulturbuero.grants.security.ProfileService;
import de.kulturbuero.grants.security.RegistrationRejected;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "My account": the profile (name, organisation, address, language) and the password. */
@Route("account")
@Menu(title = "security.account.menu", order = 90, icon = "vaadin:user")
@PermitAll
public class AccountView extends Main implements HasDynamicTitle {

    private final transient ProfileService profiles;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final ErrorSummary errorSummary = new ErrorSummary();

    public AccountView(ProfileService profiles) {
        this.profiles = profiles;
        addClassName("page");
        add(new H1(getTranslation("security.account.title")));
        add(errorSummary);

        ProfileService.Profile profile = profiles.profile();
        Binder<ProfileService.Profile> binder = new Binder<>(ProfileService.Profile.class);
        TextField email = new TextField(getTranslation("security.register.email"));
        email.setValue(profile.getEmail());
        email.setReadOnly(true);
        TextField name = text(binder, "name", "security.register.name", 200);
        TextField organisation = text(binder, "organisation", "security.register.organisation", 200);
        ComboBox<OrganisationType> type = new ComboBox<>(getTranslation("security.register.organisation-type"));
        type.setItems(Arrays.asList(OrganisationType.values()));
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setClearButtonVisible(true);
        binder.bind(type, "organisationType");
        TextField street = text(binder, "street", "security.register.street", 200);
        TextField postcode = text(binder, "postcode", "security.register.postcode", 20);
        TextField city = text(binder, "city", "security.register.city", 100);
        TextField country = text(binder, "country", "security.register.country", 100);
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("security.register.language"));
        language.setItems(List.of("de", "en"));
        language.setItemLabelGenerator(l -> getTranslation("security.register.language." + l));
        binder.bind(language, "language");
        fields.put("language", language);
        binder.setBean(profile);
        FormLayout form = new FormLayout(email, name, organisation, type, street, postcode, city, country, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        Button save = new Button(
                getTranslation("security.account.save"),
                e -> run(
                        () -> {
                            profiles.updateProfile(binder.getBean());
                            Locale chosen =
                                    Locale.forLanguageTag(binder.getBean().getLanguage());
                            if (!chosen.getLanguage().equals(getLocale().getLanguage())) {
                                // the whole portal switches to the language just stored with the account
                                VaadinSession.getCurrent().setLocale(chosen);
                                getUI().ifPresent(ui -> ui.getPage().reload());
                            }
                        },
                        "security.account.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("security.account.profile")), form, save);

        if (profile.signsInExternally()) {
            add(
                    new H2(getTranslation("security.account.password")),
                    new Paragraph(getTranslation("security.account.password-external")));
            return;
        }
        PasswordField current = password("currentPassword", "security.account.current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        PasswordField newPassword = password("newPassword", "security.account.new-password");
        newPassword.setHelperText(getTranslation("security.password.rule", PasswordPolicy.MIN_LENGTH));
        PasswordField repeat = password("repeatPassword", "security.register.password-repeat");
        FormLayout passwordForm = new FormLayout(current, newPassword, repeat);
        passwordForm.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        Button change = new Button(
                getTranslation("security.account.change-password"),
                e -> run(
                        () -> {
                            profiles.changePassword(current.getValue(), newPassword.getValue(), repeat.getValue());
                            current.clear();
                            newPassword.clear();
                            repeat.clear();
                        },
                        "security.account.password-changed"));
        add(new H2(getTranslation("security.account.password")), passwordForm, change);
    }

    private TextField text(Binder<ProfileService.Profile> binder, String property, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(max);
        binder.bind(field, property);
        fields.put(property, field);
        return field;
    }

    private PasswordField password(String property, String labelKey) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fields.put(property, field);
        return field;
    }

    private void run(Runnable action, String doneKey) {
        RejectedFields.clear(fields, errorSummary);
        try {
            action.run();
            Notification n = Notification.show(getTranslation(doneKey), 5000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RegistrationRejected rejected) {
            RejectedFields.show(this, fields, errorSummary, rejected);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.account.title") + " – " + getTranslation("app.title");
    }
}
