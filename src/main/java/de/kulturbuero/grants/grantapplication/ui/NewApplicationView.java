package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.SubmissionRejected;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * "New application": choose an open programme and a draft starts in it (the multi-step form).
 * {@code applications/new?programme=<id>} (from the public programme page) starts the draft at once.
 */
@Route("applications/new")
@Menu(title = "grantapplication.new.menu", order = 2, icon = "vaadin:plus")
@RolesAllowed(Roles.APPLICANT)
public class NewApplicationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GrantApplicationService applications;

    public NewApplicationView(GrantApplicationService applications, ProgrammeService programmes) {
        this.applications = applications;
        addClassName("page");
        add(
                new H1(getTranslation("grantapplication.new.title")),
                new Paragraph(getTranslation("grantapplication.new.choose")));
        List<ProgrammeSummary> open = programmes.openProgrammes();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("grantapplication.new.none-open")));
        }
        for (ProgrammeSummary p : open) {
            Div card = new Div();
            card.addClassName("programme-card");
            Button start =
                    new Button(getTranslation("grantapplication.new.start", p.name(getLocale())), e -> start(p.id()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setDisableOnClick(true);
            card.add(
                    new H2(p.name(getLocale())),
                    new Paragraph(p.description(getLocale())),
                    new Paragraph(
                            getTranslation("grantapplication.new.max-grant", Formats.money(p.maxGrant(), getLocale()))),
                    start);
            add(card);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> programme =
                event.getLocation().getQueryParameters().getParameters().get("programme");
        if (programme == null || programme.isEmpty()) {
            return;
        }
        try {
            long draftId = applications.createDraft(Long.parseLong(programme.getFirst()));
            event.forwardTo(ApplicationWizardView.class, draftId);
        } catch (NumberFormatException | SubmissionRejected e) {
            Notification.show(
                    getTranslation("grantapplication.validation.programme-closed"),
                    6000,
                    Notification.Position.TOP_CENTER);
        }
    }

    private void start(long programmeId) {
        try {
            long draftId = applications.createDraft(programmeId);
            getUI().ifPresent(ui -> ui.navigate(ApplicationWizardView.class, draftId));
        } catch (SubmissionRejected e) {
            Notification.show(
                    getTranslation("grantapplication.validation.programme-closed"),
                    6000,
                    Notification.Position.TOP_CENTER);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grantapplication.new.title") + " – " + getTranslation("app.title");
    }
}
