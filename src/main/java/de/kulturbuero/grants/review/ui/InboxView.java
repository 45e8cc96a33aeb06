package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.review.InboxItem;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.ReviewService;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The officers' work list: open tasks of their roles and their own, oldest first. */
@Route("inbox")
@Menu(title = "review.inbox.menu", order = 10, icon = "vaadin:inbox")
@RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.HEAD, Roles.FINANCE})
public class InboxView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ReviewService reviews;
    private final transient Clock clock;
    private final Grid<InboxItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public InboxView(ReviewService reviews, ProgrammeService programmes, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
        addClassName("page");
        Map<Long, ProgrammeSummary> programmeById = programmes.allProgrammes().stream()
                .collect(Collectors.toMap(ProgrammeSummary::id, p -> p));
        add(new H1(getTranslation("review.inbox.title")));
        empty.setText(getTranslation("review.inbox.empty"));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("review.inbox.title"));
        grid.addColumn(InboxItem::referenceNumber).setHeader(getTranslation("grantapplication.field.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InboxItem::title).setHeader(getTranslation("grantapplication.field.title")).setFlexGrow(3).setWidth("14em");
        grid.addColumn(i -> {
            ProgrammeSummary p = programmeById.get(i.programmeId());
            return p == null ? "" : p.name(getLocale());
        }).setHeader(getTranslation("grantapplication.field.programme")).setFlexGrow(2).setWidth("12em");
        grid.addColumn(InboxItem::partnerCity).setHeader(getTranslation("grantapplication.field.partner-city")).setAutoWidth(true);
        grid.addColumn(i -> Formats.money(i.requestedAmount(), getLocale()))
                .setHeader(getTranslation("grantapplication.field.requested-amount")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation("review.step." + i.step())).setHeader(getTranslation("review.inbox.task")).setAutoWidth(true);
        grid.addColumn(i -> age(i)).setHeader(getTranslation("review.inbox.age")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.assignee() == null ? getTranslation("review.inbox.unassigned")
                : i.mine() ? getTranslation("review.inbox.me") : i.assigneeName())
                .setHeader(getTranslation("review.inbox.assignee")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("review.inbox.actions")).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        add(empty, grid);
    }

    /** Loads the tasks on every visit, also when the inbox is opened again from the menu. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private HorizontalLayout actions(InboxItem item) {
        Button open = new Button(getTranslation("review.inbox.open"), e -> openTask(item));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setAriaLabel(getTranslation("review.inbox.open-aria", item.referenceNumber()));
        HorizontalLayout layout = new HorizontalLayout(open);
        if (item.assignee() == null) {
            Button claim = new Button(getTranslation("review.inbox.claim"), e -> claim(item));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            claim.setAriaLabel(getTranslation("review.inbox.claim-aria", item.referenceNumber()));
            layout.add(claim);
        }
        return layout;
    }

    private void claim(InboxItem item) {
        try {
            reviews.claim(item.taskId());
            Notification.show(getTranslation("review.inbox.claimed", item.referenceNumber()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void openTask(InboxItem item) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, item.taskId()));
    }

    private String age(InboxItem item) {
        long days = Duration.between(item.taskCreatedAt(), clock.instant()).toDays();
        return days == 0 ? getTranslation("review.inbox.today") : getTranslation("review.inbox.days", days);
    }

    private void refresh() {
        List<InboxItem> items = reviews.inbox();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.inbox.title") + " – " + getTranslation("app.title");
    }
}
