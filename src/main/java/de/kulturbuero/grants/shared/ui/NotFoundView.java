package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Not found", for an address without a page and for an id that does not exist or is not the
 * user's: the same page, so nobody can probe which ids exist. Replaces Vaadin's
 * {@code RouteNotFoundError}, which in development mode lists every route and the reason.
 * A view may name a reason the page states with {@link NotFound#reason}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (parameter.getCaughtException() instanceof NotFound.WithReason reason) {
            show(getTranslation("shared.error.not-found.title"), getTranslation(reason.messageKey()));
        } else {
            show(getTranslation("shared.error.not-found.title"), getTranslation("shared.not-found"));
        }
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
