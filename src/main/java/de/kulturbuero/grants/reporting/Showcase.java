package de.kulturbuero.grants.reporting;

import de.kulturbuero.grants.grantapplication.PublishedProjects;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public showcase (no login): funded projects whose applicants agreed to publication,
 * grouped by partner city, nearest city first, each with its distance from the home city.
 */
@Service
@Transactional(readOnly = true)
public class Showcase {

    /** A published project: only public data. {@code category} is the programme's name. */
    public record ShowcaseProject(
            String title, String partnerOrganisation, int year, String category, BigDecimal grantedAmount) {}

    public record CityProjects(String city, String country, long distanceKm, List<ShowcaseProject> projects) {}

    private final PublishedProjects published;
    private final ProgrammeService programmes;

    Showcase(PublishedProjects published, ProgrammeService programmes) {
        this.published = published;
        this.programmes = programmes;
    }

    public List<CityProjects> byCity(Locale locale) {
        Map<Long, PartnerCitySummary> cities = programmes.allPartnerCities().stream()
                .collect(Collectors.toMap(PartnerCitySummary::id, Function.identity()));
        Map<Long, ProgrammeSummary> programmeById = programmes.allProgrammes().stream()
                .collect(Collectors.toMap(ProgrammeSummary::id, Function.identity()));
        Map<Long, List<PublishedProjects.PublishedProject>> grouped = published.all().stream()
                .filter(p -> p.partnerCityId() != null && cities.containsKey(p.partnerCityId()))
                .collect(Collectors.groupingBy(PublishedProjects.PublishedProject::partnerCityId));
        return grouped.entrySet().stream()
                .map(e -> {
                    PartnerCitySummary city = cities.get(e.getKey());
                    List<ShowcaseProject> projects = e.getValue().stream()
                            .map(p -> new ShowcaseProject(
                                    p.title(),
                                    p.partnerOrganisation(),
                                    LocalDate.ofInstant(p.decidedAt(), Formats.ZONE)
                                            .getYear(),
                                    programmeById.containsKey(p.programmeId())
                                            ? programmeById.get(p.programmeId()).name(locale)
                                            : "",
                                    p.grantedAmount()))
                            .toList();
                    return new CityProjects(city.name(), city.country(), city.distanceKm(), projects);
                })
                .sorted(Comparator.comparing(CityProjects::distanceKm))
                .toList();
    }
}
