package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.security.SecurityEvent;
import de.kulturbuero.grants.security.SecurityEventType;
import de.kulturbuero.grants.security.SecurityEvents;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** The security event log for administrators: newest first, filtered by account and type, paged. */
@Route("admin/security-events")
@Menu(title = "security.events.menu", order = 23, icon = "vaadin:shield")
@RolesAllowed(Roles.ADMIN)
public class SecurityEventsView extends Main implements HasDynamicTitle {

    final Grid<SecurityEvent> grid = new Grid<>();
    final TextField account = new TextField();
    final ComboBox<SecurityEventType> type = new ComboBox<>();

    public SecurityEventsView(SecurityEvents events) {
        addClassName("page");
        add(new H1(getTranslation("security.events.title")), new Paragraph(getTranslation("security.events.intro")));

        account.setLabel(getTranslation("security.events.filter.account"));
        account.setPrefixComponent(VaadinIcon.SEARCH.create());
        account.setClearButtonVisible(true);
        account.setValueChangeMode(ValueChangeMode.LAZY);
        account.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.setLabel(getTranslation("security.events.filter.type"));
        type.setItems(Arrays.asList(SecurityEventType.values()));
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(account, type);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(filters);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("security.events.title"));
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale()))
                .setHeader(getTranslation("security.events.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation(e.type().messageKey()))
                .setHeader(getTranslation("security.events.column.type"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.accountEmail() == null ? "" : e.accountEmail())
                .setHeader(getTranslation("security.events.column.account"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.actorEmail() == null ? "" : e.actorEmail())
                .setHeader(getTranslation("security.events.column.actor"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(getTranslation("security.events.column.address"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setHeader(getTranslation("security.events.column.detail"))
                .setFlexGrow(3);
        grid.setItems(
                q -> events.search(account.getValue(), type.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> events.count(account.getValue(), type.getValue()));
        grid.setHeight("36rem");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.events.title") + " – " + getTranslation("app.title");
    }
}
