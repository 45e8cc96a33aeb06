package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.RecordCards;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The applicant's start page: their applications with the status each one has reached. */
@Route("applications")
@Menu(title = "grantapplication.my.menu", order = 1, icon = "vaadin:folder-open")
@RolesAllowed(Roles.APPLICANT)
public class MyApplicationsView extends Main implements HasDynamicTitle {

    public MyApplicationsView(GrantApplicationService applications, ProgrammeService programmes) {
        addClassName("page");
        Map<Long, ProgrammeSummary> programmeById =
                programmes.allProgrammes().stream().collect(Collectors.toMap(ProgrammeSummary::id, p -> p));
        H1 title = new H1(getTranslation("grantapplication.my.title"));
        Button create = new Button(
                getTranslation("grantapplication.my.new"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewApplicationView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.addClassName("page-header");
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header);

        this.applications = applications;
        this.programmeById = programmeById;
        // a list of cards, not a grid: every link and button is a tab stop of its own (a grid's cells
        // need the arrow keys), and a card reflows on a phone without hiding the status or the actions
        list.addClassName("record-list");
        list.getElement().setAttribute("aria-label", getTranslation("grantapplication.my.title"));
        add(emptyText, list);
        show(applications.myApplications());
    }

    private final transient GrantApplicationService applications;
    private final Map<Long, ProgrammeSummary> programmeById;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph emptyText = new Paragraph();

    private void show(List<ApplicationSummary> mine) {
        list.removeAll();
        emptyText.setText(getTranslation("grantapplication.my.empty"));
        emptyText.setVisible(mine.isEmpty());
        list.setVisible(!mine.isEmpty());
        mine.forEach(a -> list.add(card(a)));
    }

    private ListItem card(ApplicationSummary a) {
        ListItem card = new ListItem();
        card.addClassName("record-card");
        String title = a.title() == null ? getTranslation("grantapplication.my.untitled") : a.title();
        H2 heading = new H2(RecordCards.cell(new Span(title)));
        heading.addClassName("record-title");
        RouterLink link = a.status() == ApplicationStatus.DRAFT
                ? new RouterLink(
                        getTranslation("grantapplication.my.continue-draft"), ApplicationWizardView.class, a.id())
                : new RouterLink(a.referenceNumber(), ApplicationView.class, a.id());
        link.addClassName("record-cell");
        ProgrammeSummary p = programmeById.get(a.programmeId());
        DescriptionList facts = new DescriptionList();
        facts.addClassName("record-facts");
        fact(facts, "grantapplication.field.programme", new Span(p == null ? "" : p.name(getLocale())));
        fact(
                facts,
                "grantapplication.field.requested-amount",
                new Span(Formats.money(a.requestedAmount(), getLocale())));
        fact(facts, "grantapplication.field.status", new StatusBadge(a.status()));
        fact(
                facts,
                "grantapplication.field.status-since",
                new Span(Formats.dateTime(a.statusChangedAt(), getLocale())));
        card.add(heading, new Paragraph(link), facts);
        if (a.status() == ApplicationStatus.DRAFT) {
            Button delete = new Button(
                    getTranslation("grantapplication.my.delete-draft", title),
                    VaadinIcon.TRASH.create(),
                    e -> confirmDelete(a));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClassName("record-action");
            card.add(delete);
        }
        return card;
    }

    private void fact(DescriptionList facts, String key, Span value) {
        RecordCards.fact(facts, getTranslation(key), value);
    }

    /**
     * Asks before a draft is deleted. A plain dialog (not the confirm dialog, whose header made a
     * second banner landmark and an h3 after the page's h1): its title is an h2, and "Cancel",
     * the harmless choice, has the focus first.
     */
    private void confirmDelete(ApplicationSummary draft) {
        Dialog dialog = new Dialog();
        dialog.addClassName("delete-draft-dialog");
        dialog.setHeaderTitle(getTranslation("grantapplication.my.delete-title"));
        dialog.add(new Paragraph(getTranslation(
                "grantapplication.my.delete-text",
                draft.title() == null ? getTranslation("grantapplication.my.untitled") : draft.title())));
        Button cancel = new Button(getTranslation("shared.cancel"), e -> dialog.close());
        cancel.addClassName("dialog-cancel");
        Button delete = new Button(getTranslation("grantapplication.my.delete-confirm"), e -> {
            applications.deleteDraft(draft.id());
            dialog.close();
            show(applications.myApplications());
            Notification.show(getTranslation("grantapplication.my.deleted"), 4000, Notification.Position.TOP_CENTER);
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, delete);
        dialog.open();
        cancel.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grantapplication.my.title") + " – " + getTranslation("app.title");
    }
}
