package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import de.kulturbuero.grants.security.CurrentUser;
import java.util.Locale;

/**
 * After sign-in, the UI speaks the account's preferred language (once per session and account;
 * a switch later in the session wins and is stored with the account).
 */
@SpringComponent
class AccountLocaleInitializer implements VaadinServiceInitListener {

    private static final String APPLIED = AccountLocaleInitializer.class.getName() + ".account";

    private final CurrentUser currentUser;

    AccountLocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> currentUser.get().ifPresent(user -> {
                    VaadinSession session = init.getUI().getSession();
                    if (!user.userId().equals(session.getAttribute(APPLIED))) {
                        session.setAttribute(APPLIED, user.userId());
                        Locale locale = Locale.forLanguageTag(user.preferredLanguage());
                        session.setLocale(locale);
                        init.getUI().setLocale(locale);
                    }
                }));
    }
}
