package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "No access": a signed-in user opened a page their role may not use (Vaadin's navigation access
 * control reroutes such a navigation here; a visitor who is not signed in goes to the login page
 * instead). Replaces Vaadin's default, which showed the not-found page with its route list.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NoAccessView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(getTranslation("shared.error.no-access.title"), getTranslation("shared.error.no-access.text"));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
