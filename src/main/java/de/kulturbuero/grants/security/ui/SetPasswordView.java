package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.security.PasswordLinks;
import de.kulturbuero.grants.security.PasswordPolicy;
import de.kulturbuero.grants.security.UserAdministrationRefused;
import de.kulturbuero.grants.shared.ui.AccessibilityStatementLink;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.LanguageSwitch;

/** The page behind an invitation or password-reset link: set a password once, then sign in. */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient PasswordLinks links;
    private final Div content = new Div();
    private String token;

    public SetPasswordView(PasswordLinks links, LanguageSwitch languageSwitch) {
        this.links = links;
        addClassName("login-view");
        add(
                languageSwitch,
                new H1(getTranslation("security.password-link.title")),
                content,
                AccessibilityStatementLink.paragraph());
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
        content.removeAll();
        links.emailFor(token)
                .ifPresentOrElse(
                        this::showForm,
                        () -> content.add(
                                new Paragraph(getTranslation("security.password-link.invalid")),
                                new RouterLink(getTranslation("security.password-link.to-login"), LoginView.class)));
    }

    private void showForm(String email) {
        ErrorSummary error = new ErrorSummary();
        PasswordField password = new PasswordField(getTranslation("security.password-link.password"));
        password.setHelperText(getTranslation("security.password.rule", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        PasswordField repeat = new PasswordField(getTranslation("security.password-link.repeat"));
        repeat.setRequiredIndicatorVisible(true);
        Button save = new Button(getTranslation("security.password-link.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                error.message(getTranslation("security.password-link.mismatch"));
                return;
            }
            try {
                links.setPassword(token, password.getValue());
                content.removeAll();
                content.add(
                        new Paragraph(getTranslation("security.password-link.done")),
                        new RouterLink(getTranslation("security.password-link.to-login"), LoginView.class));
            } catch (UserAdministrationRefused refused) {
                error.message(getTranslation(refused.messageKey(), PasswordPolicy.MIN_LENGTH));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(
                new Paragraph(getTranslation("security.password-link.intro", email)), error, password, repeat, save);
        form.addClassName("set-password-form");
        content.add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.password-link.title") + " – " + getTranslation("app.title");
    }
}
