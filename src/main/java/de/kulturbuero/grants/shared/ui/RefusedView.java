package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused to load what a page asked for (Spring Security's {@code AccessDeniedException}
 * while the page opened): the services refuse ids that do not exist and ids of others alike, so
 * the page says "not found" as {@link NotFoundView} does.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RefusedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(getTranslation("shared.error.not-found.title"), getTranslation("shared.not-found"));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
