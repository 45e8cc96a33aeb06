package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.security.PasswordPolicy;
import de.kulturbuero.grants.security.PasswordResetService;
import de.kulturbuero.grants.security.RegistrationRejected;
import de.kulturbuero.grants.shared.ui.AccessibilityStatementLink;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.LanguageSwitch;
import java.util.List;

/** The page behind the e-mailed link: sets a new password with the single-use token. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private String token;

    public ResetPasswordView(PasswordResetService resets, LanguageSwitch languageSwitch) {
        addClassName("login-view");
        H1 title = new H1(getTranslation("security.reset.new-title"));
        title.addClassName("login-title");
        PasswordField password = new PasswordField(getTranslation("security.account.new-password"));
        password.setHelperText(getTranslation("security.password.rule", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        PasswordField repeat = new PasswordField(getTranslation("security.register.password-repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        ErrorSummary errors = new ErrorSummary();
        Button save = new Button(getTranslation("security.reset.save"), e -> {
            try {
                resets.reset(token, password.getValue(), repeat.getValue());
                Notification n = Notification.show(
                        getTranslation("security.reset.done"), 8000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (RegistrationRejected rejected) {
                List<String> messages = rejected.problems().stream()
                        .map(p -> getTranslation(p.messageKey(), PasswordPolicy.MIN_LENGTH))
                        .toList();
                errors.show(messages);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(languageSwitch, title, errors, password, repeat, save, AccessibilityStatementLink.paragraph());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.reset.new-title") + " – " + getTranslation("app.title");
    }
}
