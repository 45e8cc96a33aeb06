package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.shared.ui.LanguageSwitch;

/** The login page: Vaadin's login form posting to Spring Security, in the visitor's language. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(LanguageSwitch languageSwitch) {
        addClassName("login-view");
        LoginI18n i18n = LoginI18n.createDefault();
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
        Paragraph register = new Paragraph(new com.vaadin.flow.router.RouterLink(getTranslation("security.register.link"), RegistrationView.class));
        register.addClassName("register-link");
        add(languageSwitch, title, intro, form, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title") + " – " + getTranslation("app.title");
    }
}
