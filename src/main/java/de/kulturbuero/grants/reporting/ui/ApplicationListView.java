package de.kulturbuero.grants.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kulturbuero.grants.grantapplication.ApplicationFilter;
import de.kulturbuero.grants.grantapplication.ApplicationReportRow;
import de.kulturbuero.grants.grantapplication.ApplicationStatistics;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.reporting.ApplicationExports;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** All submitted applications, filtered by programme, year, status and partner city; export as CSV or XLSX. */
@Route("reports/applications")
@Menu(title = "reporting.list.menu", order = 11, icon = "vaadin:table")
@RolesAllowed({Roles.HEAD, Roles.ADMIN})
public class ApplicationListView extends Main implements HasDynamicTitle {

    private final transient ApplicationStatistics statistics;
    private final ComboBox<ProgrammeSummary> programme = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final ComboBox<PartnerCitySummary> city = new ComboBox<>();
    private final Grid<ApplicationReportRow> grid = new Grid<>();

    public ApplicationListView(
            ApplicationStatistics statistics, ApplicationExports exports, ProgrammeService programmes) {
        this.statistics = statistics;
        addClassName("page");
        add(new H1(getTranslation("reporting.list.title")), new Paragraph(getTranslation("reporting.list.intro")));
        Map<Long, ProgrammeSummary> programmeById = programmes.allProgrammes().stream()
                .collect(Collectors.toMap(ProgrammeSummary::id, Function.identity()));
        Map<Long, PartnerCitySummary> cityById = programmes.allPartnerCities().stream()
                .collect(Collectors.toMap(PartnerCitySummary::id, Function.identity()));

        programme.setLabel(getTranslation("reporting.field.programme"));
        programme.setItems(programmeById.values().stream()
                .sorted(java.util.Comparator.comparing(ProgrammeSummary::id))
                .toList());
        programme.setItemLabelGenerator(p -> p.name(getLocale()));
        programme.setClearButtonVisible(true);
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        year.setLabel(getTranslation("reporting.list.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 6, thisYear)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setClearButtonVisible(true);
        status.setLabel(getTranslation("reporting.field.status"));
        status.setItems(Arrays.stream(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.DRAFT)
                .toList());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        city.setLabel(getTranslation("reporting.field.city"));
        city.setItems(cityById.values().stream()
                .sorted(java.util.Comparator.comparing(PartnerCitySummary::name))
                .toList());
        city.setItemLabelGenerator(PartnerCitySummary::name);
        city.setClearButtonVisible(true);
        for (ComboBox<?> box : new ComboBox<?>[] {programme, year, status, city}) {
            box.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }

        Locale locale = getLocale();
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = exports.csv(filter(), locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file),
                            ApplicationExports.fileName("csv"),
                            "text/csv; charset=UTF-8",
                            file.length);
                }),
                getTranslation("reporting.list.csv"));
        Anchor xlsx = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = exports.xlsx(filter(), locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file),
                            ApplicationExports.fileName("xlsx"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            file.length);
                }),
                getTranslation("reporting.list.xlsx"));
        csv.addClassName("download-link");
        xlsx.addClassName("download-link");
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        xlsx.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        HorizontalLayout filters = new HorizontalLayout(programme, year, status, city);
        filters.setWrap(true);
        HorizontalLayout downloads = new HorizontalLayout(csv, xlsx);
        add(filters, downloads);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("reporting.list.title"));
        grid.addColumn(ApplicationReportRow::referenceNumber)
                .setHeader(getTranslation("reporting.export.column.reference"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ApplicationReportRow::title)
                .setHeader(getTranslation("reporting.export.column.title"))
                .setFlexGrow(3);
        grid.addColumn(r -> {
                    ProgrammeSummary p = programmeById.get(r.programmeId());
                    return p == null ? "" : p.name(getLocale());
                })
                .setHeader(getTranslation("reporting.export.column.programme"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.partnerCityId() == null || !cityById.containsKey(r.partnerCityId())
                        ? ""
                        : cityById.get(r.partnerCityId()).name())
                .setHeader(getTranslation("reporting.export.column.partner-city"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().messageKey()))
                .setHeader(getTranslation("reporting.export.column.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.money(r.requestedAmount(), getLocale()))
                .setHeader(getTranslation("reporting.export.column.requested"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.money(r.grantedAmount(), getLocale()))
                .setHeader(getTranslation("reporting.export.column.granted"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("reporting.export.column.submitted"))
                .setAutoWidth(true);
        grid.setItems(
                q -> statistics.list(filter(), q.getOffset(), q.getLimit()).stream(), q -> statistics.count(filter()));
        grid.setHeight("32rem");
        add(grid);
    }

    private ApplicationFilter filter() {
        return new ApplicationFilter(
                programme.getValue() == null ? null : programme.getValue().id(),
                year.getValue(),
                status.getValue(),
                city.getValue() == null ? null : city.getValue().id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.list.title") + " – " + getTranslation("app.title");
    }
}
