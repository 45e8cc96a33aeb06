package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.review.CaseFile;
import de.kulturbuero.grants.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case for officers (every officer may read every submitted case; a draft or an unknown id
 * shows "not found"); open tasks link to their task view.
 */
@Route("case")
@RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.HEAD, Roles.FINANCE})
public class CaseView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient CaseServices services;
    private String pageTitle = "";

    CaseView(CaseServices services) {
        this.services = services;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long applicationId) {
        CaseFile file;
        try {
            file = services.files.caseFile(applicationId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("shared.not-found"));
            return;
        }
        removeAll();
        pageTitle = file.application().referenceNumber() + " – " + getTranslation("app.title");
        add(new RouterLink(getTranslation("review.task.back"), InboxView.class));
        add(new H1(getTranslation(
                "review.case.title",
                file.application().referenceNumber(),
                file.application().title())));
        add(services.panel(file));
        // the app layout keeps the scroll position of the previous view (e.g. far down the inbox): start at the top
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
