package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other exception while a page opens: the exception goes to the log under a short incident
 * number, the user sees only a translated message with that number (to quote when they call).
 * Replaces Vaadin's {@code InternalServerError}, which shows the stack trace in development mode.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    private String incident = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        incident = Incidents.newNumber();
        if (DatabaseUnavailable.causedBy(parameter.getCaughtException())) {
            LOG.warn(
                    "Incident {}: opening '{}' failed, the database cannot be reached: {}",
                    incident,
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            show(
                    getTranslation("shared.error.database.title"),
                    getTranslation("shared.error.database.text"),
                    getTranslation("shared.error.incident", incident));
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        LOG.error(
                "Incident {}: opening '{}' failed",
                incident,
                event.getLocation().getPath(),
                parameter.getCaughtException());
        show(
                getTranslation("shared.error.internal.title"),
                getTranslation("shared.error.internal.text"),
                getTranslation("shared.error.incident", incident));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    /** The incident number the page shows and the log names. */
    public String incident() {
        return incident;
    }
}
