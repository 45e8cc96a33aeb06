package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.security.PasswordResetService;
import de.kulturbuero.grants.security.RegistrationRejected;
import de.kulturbuero.grants.shared.ui.AccessibilityStatementLink;
import de.kulturbuero.grants.shared.ui.LanguageSwitch;

/** "Forgot password": asks for the e-mail address and sends a reset link; the answer never reveals whether an account exists. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    public ForgotPasswordView(PasswordResetService resets, LanguageSwitch languageSwitch) {
        addClassName("login-view");
        H1 title = new H1(getTranslation("security.reset.title"));
        title.addClassName("login-title");
        EmailField email = new EmailField(getTranslation("security.register.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        Div status = new Div();
        status.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("security.reset.send"), e -> {
            status.removeAll();
            try {
                resets.requestReset(email.getValue());
                status.add(new Paragraph(getTranslation("security.reset.sent")));
            } catch (RegistrationRejected tooMany) {
                // too many requests from this client: the same for every address, so it tells nothing about accounts
                tooMany.problems().forEach(p -> status.add(new Paragraph(getTranslation(p.messageKey()))));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                languageSwitch,
                title,
                new Paragraph(getTranslation("security.reset.intro")),
                email,
                send,
                status,
                new Paragraph(new RouterLink(getTranslation("security.register.to-login"), LoginView.class)),
                AccessibilityStatementLink.paragraph());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.reset.title") + " – " + getTranslation("app.title");
    }
}
