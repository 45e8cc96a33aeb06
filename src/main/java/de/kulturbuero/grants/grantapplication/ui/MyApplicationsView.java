package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
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
        Map<Long, ProgrammeSummary> programmeById = programmes.allProgrammes().stream()
                .collect(Collectors.toMap(ProgrammeSummary::id, p -> p));
        H1 title = new H1(getTranslation("grantapplication.my.title"));
        Button create = new Button(getTranslation("grantapplication.my.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewApplicationView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.addClassName("page-header");
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header);

        List<ApplicationSummary> mine = applications.myApplications();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("grantapplication.my.empty")));
            return;
        }
        this.applications = applications;
        grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("grantapplication.my.title"));
        grid.addComponentColumn(a -> a.status() == ApplicationStatus.DRAFT
                        ? new RouterLink(getTranslation("grantapplication.my.continue-draft"), ApplicationWizardView.class, a.id())
                        : new RouterLink(a.referenceNumber(), ApplicationView.class, a.id()))
                .setHeader(getTranslation("grantapplication.field.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.title() == null ? getTranslation("grantapplication.my.untitled") : a.title()).setHeader(getTranslation("grantapplication.field.title")).setFlexGrow(3);
        grid.addColumn(a -> {
            ProgrammeSummary p = programmeById.get(a.programmeId());
            return p == null ? "" : p.name(getLocale());
        }).setHeader(getTranslation("grantapplication.field.programme")).setFlexGrow(2);
        grid.addColumn(a -> Formats.money(a.requestedAmount(), getLocale()))
                .setHeader(getTranslation("grantapplication.field.requested-amount")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> new StatusBadge(a.status()))
                .setHeader(getTranslation("grantapplication.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Formats.dateTime(a.statusChangedAt(), getLocale()))
                .setHeader(getTranslation("grantapplication.field.status-since")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
            if (a.status() != ApplicationStatus.DRAFT) {
                return new Span();
            }
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(a));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            String label = getTranslation("grantapplication.my.delete-draft",
                    a.title() == null ? getTranslation("grantapplication.my.untitled") : a.title());
            delete.setAriaLabel(label);
            delete.setTooltipText(label);
            return delete;
        }).setHeader(getTranslation("grantapplication.my.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private transient GrantApplicationService applications;
    private Grid<ApplicationSummary> grid;

    private void confirmDelete(ApplicationSummary draft) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("grantapplication.my.delete-title"));
        dialog.setText(getTranslation("grantapplication.my.delete-text",
                draft.title() == null ? getTranslation("grantapplication.my.untitled") : draft.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("shared.cancel"));
        dialog.setConfirmText(getTranslation("grantapplication.my.delete-confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            applications.deleteDraft(draft.id());
            grid.setItems(applications.myApplications());
            Notification.show(getTranslation("grantapplication.my.deleted"), 4000, Notification.Position.TOP_CENTER);
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grantapplication.my.title") + " – " + getTranslation("app.title");
    }
}
