package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.security.SignInRefused;
import de.kulturbuero.grants.security.StaffSignInOptions;
import de.kulturbuero.grants.security.StaffSignInRefused;
import de.kulturbuero.grants.shared.ui.AccessibilityStatementLink;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.LanguageSwitch;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.web.WebAttributes;

/**
 * The login page: Vaadin's login form posting to Spring Security, in the visitor's language; when
 * an identity provider is configured, a link for officers to sign in there, and its refusals explained.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> SSO_REASONS = Set.of(
            StaffSignInRefused.NO_ROLE,
            StaffSignInRefused.LOCKED,
            StaffSignInRefused.EMAIL_TAKEN,
            StaffSignInRefused.NO_EMAIL,
            StaffSignInRefused.FAILED);

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final ErrorSummary ssoError = new ErrorSummary();

    public LoginView(LanguageSwitch languageSwitch, StaffSignInOptions staffSignIn) {
        addClassName("login-view");
        i18n.getForm().setTitle(getTranslation("security.login.form-title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.error.password-required"));
        i18n.getForm().setForgotPassword(getTranslation("security.reset.link"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setAction("login");

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph intro = new Paragraph(getTranslation("security.login.intro"));
        Paragraph register =
                new Paragraph(new RouterLink(getTranslation("security.register.link"), RegistrationView.class));
        register.addClassName("register-link");
        ssoError.addClassName("sso-error");
        add(languageSwitch, title, intro, ssoError, form, register);
        if (staffSignIn.enabled()) {
            add(staffSection(staffSignIn));
        }
        add(AccessibilityStatementLink.paragraph());
    }

    /** Officers of the office sign in through the city's identity provider (a plain link: the server starts the redirect). */
    private Section staffSection(StaffSignInOptions staffSignIn) {
        H2 heading = new H2(getTranslation("security.login.sso.heading"));
        heading.setId("staff-sign-in-heading");
        Section section = new Section(heading, new Paragraph(getTranslation("security.login.sso.intro")));
        section.addClassName("staff-sign-in");
        section.getElement().setAttribute("aria-labelledby", "staff-sign-in-heading");
        for (StaffSignInOptions.Provider provider : staffSignIn.providers()) {
            Anchor link = new Anchor(provider.path(), getTranslation("security.login.sso.button", provider.name()));
            link.setRouterIgnore(true);
            link.addClassName("staff-sign-in-link");
            section.add(link);
        }
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean error = parameters.containsKey("error");
        // a sign-in refused for too many failures says so (the same for every address typed); any other failure
        // keeps the one message that does not tell a wrong password from an unknown address
        i18n.getErrorMessage()
                .setMessage(getTranslation(
                        error ? refusal().orElse("security.login.error.message") : "security.login.error.message"));
        form.setI18n(i18n);
        form.setError(error);
        String reason =
                parameters.getOrDefault("sso", List.of()).stream().findFirst().orElse(null);
        if (reason == null) {
            ssoError.clear();
        } else {
            ssoError.message(getTranslation(
                    "security.login.sso." + (SSO_REASONS.contains(reason) ? reason : StaffSignInRefused.FAILED)));
        }
    }

    private static Optional<String> refusal() {
        WrappedSession session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        return session != null
                        && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInRefused refused
                ? Optional.of(refused.messageKey())
                : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title") + " – " + getTranslation("app.title");
    }
}
