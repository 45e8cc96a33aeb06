package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.security.EmailConfirmation;
import de.kulturbuero.grants.shared.ui.AccessibilityStatementLink;
import de.kulturbuero.grants.shared.ui.LanguageSwitch;

/** The page behind the link mailed at registration: confirms the e-mail address once. */
@Route(value = "confirm-email", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient EmailConfirmation confirmation;
    private final Paragraph result = new Paragraph();

    public ConfirmEmailView(EmailConfirmation confirmation, LanguageSwitch languageSwitch) {
        this.confirmation = confirmation;
        addClassName("login-view");
        result.getElement().setAttribute("role", "status");
        add(
                languageSwitch,
                new H1(getTranslation("security.confirm.title")),
                result,
                new Paragraph(new RouterLink(getTranslation("security.password-link.to-login"), LoginView.class)),
                AccessibilityStatementLink.paragraph());
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        result.setText(
                getTranslation(confirmation.confirm(token) ? "security.confirm.done" : "security.confirm.invalid"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.confirm.title") + " – " + getTranslation("app.title");
    }
}
