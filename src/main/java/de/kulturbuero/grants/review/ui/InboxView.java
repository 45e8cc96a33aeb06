package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.review.InboxItem;
import de.kulturbuero.grants.review.InboxQueries;
import de.kulturbuero.grants.review.InboxQuery;
import de.kulturbuero.grants.review.ProcessStep;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.TaskAssignment;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.DateFields;
import de.kulturbuero.grants.shared.ui.MoneyField;
import de.kulturbuero.grants.shared.ui.RecordCards;
import de.kulturbuero.grants.shared.ui.TypedEntry;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The officers' work list: tabs mine / my groups / overdue / all (HEAD), with counts, filters,
 * an order to choose and paging ("show more") over the inbox read model, as a list of cards; claim, unclaim and hand over. An address of
 * {@link InboxQuery#location()} (the dashboard's link to the overdue tasks) opens with that tab
 * and those filters.
 * <p>
 * The tabs are a labelled navigation of links, the current one marked {@code aria-current}, each
 * pointing at this route with its tab and the current programme and date filters. (Vaadin's
 * {@code vaadin-tabs} was used before: its shadow DOM wraps the tabs in a focusable scroll
 * container, which axe reports as {@code aria-required-children} on the tab list.) Following a
 * link keeps this view instance (same route), so the filters that are not part of the address
 * stay as they are; see {@link #beforeEnter}.
 */
@Route(InboxQuery.ROUTE)
@Menu(title = "review.inbox.menu", order = 10, icon = "vaadin:inbox")
@RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.HEAD, Roles.FINANCE})
public class InboxView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final transient InboxQueries reviews;
    private final transient TaskAssignment assignment;
    private final transient Clock clock;
    private final Map<InboxQuery.Tab, RouterLink> tabOf = new EnumMap<>(InboxQuery.Tab.class);
    /** Counts per tab for the current filters; the list's total comes from here, not from a second query. */
    private Map<InboxQuery.Tab, Long> counts = Map.of();

    private final ComboBox<ProgrammeSummary> programme = new ComboBox<>();
    private final ComboBox<PartnerCitySummary> city = new ComboBox<>();
    private final ComboBox<String> step = new ComboBox<>();
    private final MoneyField minAmount = new MoneyField();
    private final MoneyField maxAmount = new MoneyField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField text = new TextField();
    private final Paragraph empty = new Paragraph();
    private static final InboxQuery.Tab DEFAULT_TAB = InboxQuery.Tab.GROUPS;
    private InboxQuery.Tab currentTab = DEFAULT_TAB;
    private final Map<Long, ProgrammeSummary> programmeById;
    /** While the address' filters are set: their value-change listeners must not count once per field. */
    private boolean applyingAddress;

    public InboxView(
            InboxQueries reviews,
            TaskAssignment assignment,
            ProgrammeService programmes,
            CurrentUser currentUser,
            Clock clock) {
        this.reviews = reviews;
        this.assignment = assignment;
        this.clock = clock;
        addClassName("page");
        addClassName("inbox-view");
        programmeById = programmes.allProgrammes().stream().collect(Collectors.toMap(ProgrammeSummary::id, p -> p));
        add(new H1(getTranslation("review.inbox.title")));

        UnorderedList tabList = new UnorderedList();
        for (InboxQuery.Tab tab : InboxQuery.Tab.values()) {
            if (tab == InboxQuery.Tab.ALL && !currentUser.hasRole(Roles.HEAD)) {
                continue;
            }
            RouterLink link = new RouterLink(InboxView.class);
            link.setId("inbox-tab-" + tab.name().toLowerCase());
            tabOf.put(tab, link);
            tabList.add(new ListItem(link));
        }
        Nav tabs = new Nav(tabList);
        tabs.addClassName("inbox-tabs");
        tabs.setAriaLabel(getTranslation("review.inbox.tabs"));
        add(tabs);

        programme.setLabel(getTranslation("grantapplication.field.programme"));
        programme.setItems(programmes.allProgrammes());
        programme.setItemLabelGenerator(p -> p.name(getLocale()));
        city.setLabel(getTranslation("grantapplication.field.partner-city"));
        city.setItems(programmes.activePartnerCities());
        city.setItemLabelGenerator(PartnerCitySummary::name);
        step.setLabel(getTranslation("review.inbox.task"));
        step.setItems(ProcessStep.userTasks().stream().map(ProcessStep::id).toList());
        step.setItemLabelGenerator(s -> getTranslation("review.step." + s));
        minAmount.setLabel(getTranslation("review.inbox.min-amount"));
        maxAmount.setLabel(getTranslation("review.inbox.max-amount"));
        from.setLabel(getTranslation("review.inbox.submitted-from"));
        to.setLabel(getTranslation("review.inbox.submitted-to"));
        // the same amounts and dates as everywhere in the portal: either decimal separator, the language's date format
        DateFields.configure(from);
        DateFields.configure(to);
        text.setId("inbox-search");
        text.setLabel(getTranslation("review.inbox.search"));
        text.setHelperText(getTranslation("review.inbox.search-help"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        TypedEntry.accept(programme, city, step);
        programme.setClearButtonVisible(true);
        city.setClearButtonVisible(true);
        step.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        programme.addValueChangeListener(e -> refresh());
        city.addValueChangeListener(e -> refresh());
        step.addValueChangeListener(e -> refresh());
        minAmount.addValueChangeListener(e -> refresh());
        maxAmount.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        Div filters = new Div(text, programme, city, step, minAmount, maxAmount, from, to);
        filters.addClassName("inbox-filters");
        filters.getElement().setAttribute("role", "search");
        add(filters);

        // a list of cards, not a grid: each card's buttons are tab stops of their own (a grid's
        // cells need the arrow keys), and on a phone a card shows step, status and actions at once
        sort.setLabel(getTranslation("review.inbox.sort"));
        sort.setItems(SortChoice.values());
        sort.setItemLabelGenerator(c -> getTranslation("review.inbox.sort." + c.name()));
        sort.setValue(SortChoice.OLDEST_TASK);
        sort.addValueChangeListener(e -> refresh());
        filters.add(sort);
        list.addClassName("record-list");
        list.getElement().setAttribute("aria-label", getTranslation("review.inbox.title"));
        more.addClickListener(e -> showMore());
        more.addClassName("record-more");
        empty.setText(getTranslation("review.inbox.empty"));
        add(empty, list, shownCount, more);
    }

    /** The orders the list offers (the read model's sort keys with a direction). */
    enum SortChoice {
        OLDEST_TASK(InboxQuery.Sort.CREATED, false),
        NEWEST_TASK(InboxQuery.Sort.CREATED, true),
        NEWEST_SUBMITTED(InboxQuery.Sort.SUBMITTED, true),
        HIGHEST_AMOUNT(InboxQuery.Sort.AMOUNT, true),
        REFERENCE(InboxQuery.Sort.REFERENCE, false),
        TITLE(InboxQuery.Sort.TITLE, false);

        final InboxQuery.Sort sort;
        final boolean descending;

        SortChoice(InboxQuery.Sort sort, boolean descending) {
            this.sort = sort;
            this.descending = descending;
        }
    }

    private static final int PAGE_SIZE = 50;
    private final Select<SortChoice> sort = new Select<>();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph shownCount = new Paragraph();
    private final Button more = new Button();
    private int shown;

    /** Shows the first page of the current tab, filters and order. */
    private void showFirstPage() {
        list.removeAll();
        shown = 0;
        showMore();
    }

    /** Appends the next page (the read model pages by offset). */
    private void showMore() {
        SortChoice order = sort.getValue() == null ? SortChoice.OLDEST_TASK : sort.getValue();
        InboxQuery query = query().withSort(order.sort, order.descending);
        var page = reviews.inbox(query, shown, PAGE_SIZE);
        page.forEach(item -> list.add(card(item)));
        shown += page.size();
        long total = counts.getOrDefault(currentTab, 0L);
        shownCount.setText(getTranslation("review.inbox.shown", shown, total));
        shownCount.setVisible(total > 0);
        more.setText(getTranslation("review.inbox.more", Math.min(PAGE_SIZE, Math.max(0, total - shown))));
        more.setVisible(shown < total);
    }

    private ListItem card(InboxItem item) {
        ListItem card = new ListItem();
        card.addClassName("record-card");
        H2 heading = new H2(
                RecordCards.cell(new Span(item.referenceNumber())),
                new Span(" · "),
                RecordCards.cell(new Span(item.title())));
        heading.addClassName("record-title");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("record-facts");
        ProgrammeSummary p = programmeById.get(item.programmeId());
        fact(facts, "review.inbox.task", new Span(getTranslation("review.step." + item.step())));
        fact(facts, "grantapplication.field.programme", new Span(p == null ? "" : p.name(getLocale())));
        fact(facts, "grantapplication.field.partner-city", new Span(item.partnerCity()));
        fact(
                facts,
                "grantapplication.field.requested-amount",
                new Span(Formats.money(item.requestedAmount(), getLocale())));
        fact(facts, "grantapplication.field.submitted-at", new Span(Formats.dateTime(item.submittedAt(), getLocale())));
        fact(facts, "review.inbox.age", age(item));
        fact(
                facts,
                "review.inbox.assignee",
                new Span(
                        item.assignee() == null
                                ? getTranslation("review.inbox.unassigned")
                                : item.mine() ? getTranslation("review.inbox.me") : item.assigneeName()));
        card.add(heading, facts, actions(item));
        return card;
    }

    private void fact(DescriptionList facts, String key, Span value) {
        RecordCards.fact(facts, getTranslation(key), value);
    }

    /**
     * Counts and shows the tab the address names (if the user has it; otherwise, and without a tab,
     * "my groups") with the address' programme and date filters. The address is the state of
     * these: a tab link, the back button and the menu entry (plain {@code inbox}) all land on
     * what their address says. The filters the address does not carry keep their values while
     * the view stays open.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InboxQuery linked = InboxQuery.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        applyingAddress = true;
        try {
            currentTab = linked.tab() != null && tabOf.containsKey(linked.tab()) ? linked.tab() : DEFAULT_TAB;
            programme.setValue(linked.programmeId() == null ? null : programmeById.get(linked.programmeId()));
            from.setValue(linked.submittedFrom());
            to.setValue(linked.submittedTo());
        } finally {
            applyingAddress = false;
        }
        refresh();
    }

    private InboxQuery query() {
        return new InboxQuery(
                currentTab,
                programme.getValue() == null ? null : programme.getValue().id(),
                city.getValue() == null ? null : city.getValue().id(),
                step.getValue(),
                minAmount.getValue(),
                maxAmount.getValue(),
                from.getValue(),
                to.getValue(),
                text.getValue(),
                InboxQuery.Sort.CREATED,
                false);
    }

    private Span age(InboxItem item) {
        long days = Duration.between(item.taskCreatedAt(), clock.instant()).toDays();
        Span span =
                new Span(days == 0 ? getTranslation("review.inbox.today") : getTranslation("review.inbox.days", days));
        if (item.overdue()) {
            Span badge = new Span(getTranslation("review.inbox.overdue"));
            badge.addClassName("overdue-badge");
            span.add(new Span(" "), badge);
        }
        return span;
    }

    private HorizontalLayout actions(InboxItem item) {
        Button open = new Button(
                getTranslation("review.inbox.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, item.taskId())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setAriaLabel(getTranslation("review.inbox.open-aria", item.referenceNumber()));
        Button caseButton = new Button(
                getTranslation("review.inbox.case"),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, item.applicationId())));
        caseButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        caseButton.setAriaLabel(getTranslation("review.inbox.case-aria", item.referenceNumber()));
        HorizontalLayout layout = new HorizontalLayout(open, caseButton);
        layout.setSpacing(false);
        layout.addClassName("inbox-actions");
        if (item.assignee() == null && item.mayAct()) {
            Button claim = new Button(
                    getTranslation("review.inbox.claim"),
                    e -> act(
                            () -> assignment.claim(item.taskId()),
                            getTranslation("review.inbox.claimed", item.referenceNumber())));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            claim.setAriaLabel(getTranslation("review.inbox.claim-aria", item.referenceNumber()));
            layout.add(claim);
        }
        if (item.mine()) {
            Button unclaim = new Button(
                    getTranslation("review.inbox.unclaim"),
                    e -> act(
                            () -> assignment.unclaim(item.taskId()),
                            getTranslation("review.inbox.unclaimed", item.referenceNumber())));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unclaim.setAriaLabel(getTranslation("review.inbox.unclaim-aria", item.referenceNumber()));
            layout.add(unclaim);
        }
        if (item.mayAct() && (item.assignee() == null || item.mine())) {
            Button handOver = new Button(
                    getTranslation("review.inbox.hand-over"),
                    e -> new HandOverDialog(assignment, item, this::refresh).open());
            handOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            handOver.setAriaLabel(getTranslation("review.inbox.hand-over-aria", item.referenceNumber()));
            layout.add(handOver);
        }
        return layout;
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Notification.show(success, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException denied) {
            Notification.show(getTranslation("review.task.read-only"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        if (applyingAddress) {
            return;
        }
        counts = reviews.inboxCounts(query());
        tabOf.forEach((tab, link) -> {
            link.setText(getTranslation("review.inbox.tab." + tab.name(), counts.getOrDefault(tab, 0L)));
            // each tab's address carries the filters as they are now
            link.setQueryParameters(
                    QueryParameters.fromString(query().withTab(tab).queryString()));
            if (tab == currentTab) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        long here = counts.getOrDefault(currentTab, 0L);
        showFirstPage();
        list.setVisible(here > 0);
        empty.setVisible(here == 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.inbox.title") + " – " + getTranslation("app.title");
    }
}
