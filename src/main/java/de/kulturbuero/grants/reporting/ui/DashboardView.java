package de.kulturbuero.grants.reporting.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.payment.PaymentFigures;
import de.kulturbuero.grants.reporting.ProgrammeFigures;
import de.kulturbuero.grants.reporting.ReportingService;
import de.kulturbuero.grants.reporting.YearlyReport;
import de.kulturbuero.grants.review.FinalReportFigures;
import de.kulturbuero.grants.review.InboxQuery;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The office's figures per programme and year: budget, committed, remaining; applications by
 * status and by partner city; average time to decision; overdue tasks; granted, paid,
 * outstanding and held back of the year's grants. Each chart is server-side
 * SVG with a table of the same figures beside it (the text alternative).
 */
@Route("reports/dashboard")
@Menu(title = "reporting.dashboard.menu", order = 10, icon = "vaadin:chart")
@RolesAllowed({Roles.HEAD, Roles.ADMIN})
public class DashboardView extends Main implements HasDynamicTitle {

    private final transient ReportingService reporting;
    private final Select<Integer> year = new Select<>();
    private final Select<ProgrammeFigures> programme = new Select<>();
    private final Div overview = new Div();
    private final Div detail = new Div();

    private final transient YearlyReport yearlyReport;
    /**
     * HEAD's overdue tab is office-wide like the figure, so HEAD gets a link to it. ADMIN gets the
     * number only: ADMIN has no inbox (and an ADMIN who is also an officer sees only their own
     * groups' overdue tasks there, not the figure's).
     */
    private final boolean linkToInbox;

    public DashboardView(ReportingService reporting, YearlyReport yearlyReport, CurrentUser currentUser) {
        this.reporting = reporting;
        this.yearlyReport = yearlyReport;
        this.linkToInbox = currentUser.hasRole(Roles.HEAD);
        addClassNames("page", "dashboard");
        add(
                new H1(getTranslation("reporting.dashboard.title")),
                new Paragraph(getTranslation("reporting.dashboard.intro")));

        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        year.setLabel(getTranslation("reporting.dashboard.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear + 1)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        programme.setLabel(getTranslation("reporting.dashboard.programme"));
        programme.setItemLabelGenerator(f -> f.programme().name(getLocale()));
        programme.setWidth("min(100%, 28rem)"); // programme names are long
        programme.addValueChangeListener(e -> showDetail(e.getValue()));
        add(
                new HorizontalLayout(year),
                overview,
                new H2(getTranslation("reporting.dashboard.detail")),
                programme,
                detail);
        refresh();
    }

    private void refresh() {
        List<ProgrammeFigures> figures = reporting.dashboard(year.getValue());
        overview.removeAll();
        overview.add(new H2(getTranslation("reporting.dashboard.budget", year.getValue())));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (ProgrammeFigures f : figures) {
            String name = f.programme().name(getLocale());
            bars.add(new SvgBarChart.Bar(
                    getTranslation("reporting.chart.budget-of", name),
                    f.budget().doubleValue(),
                    Formats.money(f.budget(), getLocale()),
                    "bar-budget"));
            bars.add(new SvgBarChart.Bar(
                    getTranslation("reporting.chart.committed-of", name),
                    f.committed().doubleValue(),
                    Formats.money(f.committed(), getLocale()),
                    "bar-committed"));
        }
        Grid<ProgrammeFigures> table = new Grid<>();
        table.setAriaLabel(getTranslation("reporting.dashboard.budget", year.getValue()));
        table.addColumn(f -> f.programme().name(getLocale()))
                .setHeader(getTranslation("reporting.field.programme"))
                .setFlexGrow(2);
        // figures take the width they need; names and the average's text share the rest
        table.addColumn(f -> Formats.money(f.budget(), getLocale()))
                .setHeader(getTranslation("reporting.field.budget"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(f -> Formats.money(f.committed(), getLocale()))
                .setHeader(getTranslation("reporting.field.committed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(f -> Formats.money(f.remaining(), getLocale()))
                .setHeader(getTranslation("reporting.field.remaining"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setPartNameGenerator(f -> f.remaining().signum() < 0 ? "over-budget" : null);
        table.addColumn(ProgrammeFigures::applications)
                .setHeader(getTranslation("reporting.field.applications"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(f -> days(f.averageDaysToDecision()))
                .setHeader(getTranslation("reporting.field.average-days"))
                .setFlexGrow(1);
        table.addColumn(ProgrammeFigures::overdueTasks)
                .setHeader(getTranslation("reporting.field.overdue"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.setItems(figures);
        table.setAllRowsVisible(true);
        overview.add(chartAndTable(
                SvgBarChart.render(getTranslation("reporting.dashboard.budget", year.getValue()), bars), table));

        Long selected = programme.getValue() == null
                ? null
                : programme.getValue().programme().id();
        programme.setItems(figures);
        programme.setValue(figures.stream()
                .filter(f -> selected != null && f.programme().id() == selected)
                .findFirst()
                .orElse(figures.isEmpty() ? null : figures.getFirst()));
    }

    private void showDetail(ProgrammeFigures f) {
        detail.removeAll();
        if (f == null) {
            return;
        }
        String name = f.programme().name(getLocale());
        Locale locale = getLocale();
        long programmeId = f.programme().id();
        int reportYear = f.year();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = yearlyReport.pdf(programmeId, reportYear, locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file),
                            YearlyReport.fileName(f.programme().referencePrefix(), reportYear),
                            "application/pdf",
                            file.length);
                }),
                getTranslation("reporting.dashboard.pdf", name, reportYear));
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        pdf.addClassName("download-link");
        detail.add(
                pdf,
                new Paragraph(getTranslation("reporting.dashboard.average", days(f.averageDaysToDecision()))),
                overdueTile(f, name));
        showPayments(f, name);
        showReports(f, name);

        String statusTitle = getTranslation("reporting.dashboard.by-status", name, f.year());
        detail.add(new H2(statusTitle));
        List<ApplicationStatus> statuses = Arrays.stream(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.DRAFT)
                .toList();
        List<SvgBarChart.Bar> statusBars = statuses.stream()
                .map(s -> {
                    long n = f.byStatus().getOrDefault(s, 0L);
                    return new SvgBarChart.Bar(
                            getTranslation(s.messageKey()),
                            n,
                            NumberFormat.getIntegerInstance(getLocale()).format(n),
                            "bar-status");
                })
                .toList();
        Grid<ApplicationStatus> statusTable = new Grid<>();
        statusTable.setAriaLabel(statusTitle);
        statusTable.addColumn(s -> getTranslation(s.messageKey())).setHeader(getTranslation("reporting.field.status"));
        statusTable
                .addColumn(s -> f.byStatus().getOrDefault(s, 0L))
                .setHeader(getTranslation("reporting.field.applications"));
        statusTable.setItems(statuses);
        statusTable.setAllRowsVisible(true);
        detail.add(chartAndTable(SvgBarChart.render(statusTitle, statusBars), statusTable));

        String cityTitle = getTranslation("reporting.dashboard.by-city", name, f.year());
        detail.add(new H2(cityTitle));
        if (f.byCity().isEmpty()) {
            detail.add(new Paragraph(getTranslation("reporting.dashboard.none")));
            return;
        }
        List<SvgBarChart.Bar> cityBars = f.byCity().stream()
                .map(c -> new SvgBarChart.Bar(
                        c.cityName(),
                        c.granted().doubleValue(),
                        Formats.money(c.granted(), getLocale()),
                        "bar-committed"))
                .toList();
        Grid<ProgrammeFigures.CityRow> cityTable = new Grid<>();
        cityTable.setAriaLabel(cityTitle);
        cityTable.addColumn(ProgrammeFigures.CityRow::cityName).setHeader(getTranslation("reporting.field.city"));
        cityTable
                .addColumn(c -> Formats.kilometres(c.distanceKm(), getLocale()))
                .setHeader(getTranslation("reporting.field.distance"));
        cityTable
                .addColumn(ProgrammeFigures.CityRow::applications)
                .setHeader(getTranslation("reporting.field.applications"));
        cityTable
                .addColumn(c -> Formats.money(c.requested(), getLocale()))
                .setHeader(getTranslation("reporting.field.requested"));
        cityTable.addColumn(ProgrammeFigures.CityRow::approved).setHeader(getTranslation("reporting.field.approved"));
        cityTable
                .addColumn(c -> Formats.money(c.granted(), getLocale()))
                .setHeader(getTranslation("reporting.field.granted"));
        cityTable.setItems(f.byCity());
        cityTable.setAllRowsVisible(true);
        detail.add(chartAndTable(
                SvgBarChart.render(cityTitle + " – " + getTranslation("reporting.field.granted"), cityBars),
                cityTable));
    }

    /**
     * Granted, paid, outstanding and held back of the year's grants, each a tile with its figure
     * and its name as text (no colour carries meaning).
     */
    private void showPayments(ProgrammeFigures f, String name) {
        detail.add(
                new H2(getTranslation("reporting.payments.title", name, f.year())),
                new Paragraph(getTranslation("reporting.payments.intro", f.year())));
        PaymentFigures.Totals money = f.payments();
        Div tiles = new Div(
                moneyTile("payments-granted", money.granted(), "reporting.payments.granted"),
                moneyTile("payments-paid", money.paid(), "reporting.payments.paid"),
                moneyTile("payments-outstanding", money.outstanding(), "reporting.payments.outstanding"),
                moneyTile("payments-held-back", money.heldBack(), "reporting.payments.held-back"));
        tiles.addClassName("figure-tiles");
        detail.add(tiles);
    }

    /** Where the final reports of the year's grants stand, and what was reclaimed: tiles as above. */
    private void showReports(ProgrammeFigures f, String name) {
        detail.add(
                new H2(getTranslation("reporting.reports.title", name, f.year())),
                new Paragraph(getTranslation("reporting.reports.intro", f.year())));
        FinalReportFigures.Totals r = f.reports();
        Div tiles = new Div(
                countTile("reports-awaited", r.awaited(), "reporting.reports.awaited"),
                countTile("reports-overdue", r.overdue(), "reporting.reports.overdue"),
                countTile("reports-in-check", r.inCheck(), "reporting.reports.in-check"),
                countTile("reports-closed", r.closed(), "reporting.reports.closed"),
                moneyTile("reports-reclaimed", r.reclaimed(), "reporting.reports.reclaimed"),
                moneyTile("reports-interest", r.interest(), "reporting.reports.interest"));
        tiles.addClassName("figure-tiles");
        detail.add(tiles);
    }

    private Div countTile(String id, long count, String labelKey) {
        Span value = new Span(NumberFormat.getIntegerInstance(getLocale()).format(count));
        value.addClassName("figure-value");
        Div tile = new Div(value, new Span(getTranslation(labelKey)));
        tile.addClassName("figure-tile");
        tile.setId(id);
        return tile;
    }

    private Div moneyTile(String id, BigDecimal amount, String labelKey) {
        Span value = new Span(Formats.money(amount, getLocale()));
        value.addClassName("figure-value");
        Div tile = new Div(value, new Span(getTranslation(labelKey)));
        tile.addClassName("figure-tile");
        tile.setId(id);
        return tile;
    }

    /** The number of overdue tasks, with a link to exactly these tasks in HEAD's inbox (same filters as the count). */
    private Div overdueTile(ProgrammeFigures f, String name) {
        Span value = new Span(NumberFormat.getIntegerInstance(getLocale()).format(f.overdueTasks()));
        value.addClassName("figure-value");
        Div tile = new Div(value, new Span(getTranslation("reporting.dashboard.overdue", f.year())));
        tile.addClassName("figure-tile");
        tile.setId("overdue-tasks");
        if (linkToInbox) {
            tile.add(new Anchor(
                    InboxQuery.overdue(f.programme().id(), f.year()).location(),
                    getTranslation("reporting.dashboard.overdue-link", name)));
        }
        return tile;
    }

    private String days(Double days) {
        if (days == null) {
            return getTranslation("reporting.dashboard.no-decisions");
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return getTranslation("reporting.dashboard.days", format.format(days));
    }

    private Div chartAndTable(String svg, Grid<?> table) {
        Svg chart = new Svg(svg);
        chart.addClassName("chart");
        // long programme names and headers ("Average days to decision") wrap instead of being cut off
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Div tableBox = new Div(table);
        tableBox.addClassName("chart-table");
        Div row = new Div(chart, tableBox);
        row.addClassName("chart-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.dashboard.title") + " – " + getTranslation("app.title");
    }
}
