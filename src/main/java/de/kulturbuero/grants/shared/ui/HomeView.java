package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The start page sends each user to where their work is: applicants to their applications, officers to the inbox,
 * visitors who are not signed in to the public programme page.
 */
@Route("")
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver {

    private final transient AuthenticationContext auth;

    public HomeView(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!auth.isAuthenticated()) {
            // visitors land on the public funding page ("programmes")
            event.forwardTo("programmes");
        } else if (auth.hasAnyRole("CLERK", "REVIEWER", "HEAD", "FINANCE")) {
            event.forwardTo("inbox");
        } else if (auth.hasRole("ADMIN")) {
            event.forwardTo("reports/dashboard");
        } else if (auth.hasRole("APPLICANT")) {
            event.forwardTo("applications");
        } else {
            event.forwardTo("welcome");
        }
    }
}
