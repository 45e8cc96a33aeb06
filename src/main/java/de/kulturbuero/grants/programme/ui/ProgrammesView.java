package de.kulturbuero.grants.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeOverview;
import de.kulturbuero.grants.programme.ProgrammeStatus;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.LongConsumer;

/** The office's list of funding programmes: status, window, rules version; open, close, archive. */
@Route("admin/programmes")
@Menu(title = "programme.admin.menu", order = 20, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
public class ProgrammesView extends Main implements HasDynamicTitle {

    private final transient ProgrammeAdministration administration;
    private final Grid<ProgrammeOverview> grid = new Grid<>();

    public ProgrammesView(ProgrammeAdministration administration) {
        this.administration = administration;
        addClassName("page");
        H1 title = new H1(getTranslation("programme.admin.title"));
        Button create = new Button(
                getTranslation("programme.admin.new"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ProgrammeEditView.class, "new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.addClassName("page-header");
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("programme.admin.intro")));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("programme.admin.title"));
        grid.addComponentColumn(o -> new RouterLink(
                        o.programme().name(getLocale()),
                        ProgrammeEditView.class,
                        String.valueOf(o.programme().id())))
                .setHeader(getTranslation("programme.field.name"))
                .setFlexGrow(3);
        grid.addColumn(o -> o.programme().referencePrefix())
                .setHeader(getTranslation("programme.field.prefix"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(o -> badge(o.status()))
                .setHeader(getTranslation("programme.field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> window(o.programme()))
                .setHeader(getTranslation("programme.field.window"))
                .setFlexGrow(2);
        grid.addColumn(o -> Formats.money(o.programme().maxGrant(), getLocale()))
                .setHeader(getTranslation("programme.field.max-grant"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> getTranslation("programme.admin.version", o.rulesVersionNo()))
                .setHeader(getTranslation("programme.field.rules-version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("programme.admin.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private Span badge(ProgrammeStatus status) {
        Span badge = new Span(getTranslation(status.messageKey()));
        badge.addClassNames("status-badge", "programme-status-" + status.name().toLowerCase());
        return badge;
    }

    private String window(ProgrammeSummary p) {
        if (p.windowStart() == null && p.windowEnd() == null) {
            return getTranslation("programme.window.open-ended");
        }
        return getTranslation(
                "programme.window.range",
                p.windowStart() == null ? "…" : Formats.date(p.windowStart(), getLocale()),
                p.windowEnd() == null ? "…" : Formats.date(p.windowEnd(), getLocale()));
    }

    private HorizontalLayout actions(ProgrammeOverview o) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        String name = o.programme().name(getLocale());
        long id = o.programme().id();
        switch (o.status()) {
            case OPEN -> actions.add(action("programme.admin.close", name, id, administration::close));
            case PLANNED, CLOSED -> actions.add(action("programme.admin.open", name, id, administration::open));
            case ARCHIVED -> actions.add(action("programme.admin.restore", name, id, administration::restore));
        }
        if (o.status() != ProgrammeStatus.ARCHIVED) {
            actions.add(action("programme.admin.archive", name, id, administration::archive));
        }
        return actions;
    }

    private Button action(String key, String programmeName, long id, LongConsumer command) {
        Button button = new Button(getTranslation(key), e -> {
            command.accept(id);
            Notification.show(getTranslation(key + ".done", programmeName), 4000, Notification.Position.BOTTOM_START);
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + programmeName);
        return button;
    }

    private void refresh() {
        grid.setItems(administration.overview());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.admin.title") + " – " + getTranslation("app.title");
    }
}
