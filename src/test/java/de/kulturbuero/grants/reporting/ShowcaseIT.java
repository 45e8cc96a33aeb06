package de.kulturbuero.grants.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.grantapplication.PublishedProjects;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.shared.SignedIn;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The public showcase shows consented, approved projects only, and nothing personal. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShowcaseIT {

    private final Showcase showcase;
    private final ReportingFixture fixture;
    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    ShowcaseIT(
            Showcase showcase,
            UserDetailsService users,
            JdbcTemplate jdbc,
            ProgrammeService programmes,
            ProgrammeAdministration administration) {
        this.showcase = showcase;
        this.fixture = new ReportingFixture(jdbc, users, programmes, administration);
    }

    @BeforeAll
    void fixture() {
        long programme = fixture.programme();
        long anna = fixture.account(SignedIn.ANNA);
        long poznan = fixture.city("Poznań");
        long leipzig = fixture.city("Leipzig");
        fixture.consentToPublication(fixture.application(
                programme,
                anna,
                poznan,
                "APPROVED",
                "Published " + marker,
                "3000.00",
                "2025-02-01T10:00:00Z",
                "2500.00",
                "2025-03-01T10:00:00Z"));
        fixture.consentToPublication(fixture.application(
                programme,
                anna,
                leipzig,
                "APPROVED",
                "Published nearer " + marker,
                "3000.00",
                "2025-02-01T10:00:00Z",
                "1000.00",
                "2025-03-01T10:00:00Z"));
        fixture.application(
                programme,
                anna,
                poznan,
                "APPROVED",
                "No consent " + marker,
                "3000.00",
                "2025-02-01T10:00:00Z",
                "2000.00",
                "2025-03-01T10:00:00Z");
        fixture.consentToPublication(fixture.application(
                programme,
                anna,
                poznan,
                "REJECTED",
                "Rejected " + marker,
                "3000.00",
                "2025-02-01T10:00:00Z",
                null,
                "2025-03-01T10:00:00Z"));
        fixture.consentToPublication(fixture.application(
                programme,
                anna,
                poznan,
                "FORMAL_CHECK",
                "Pending " + marker,
                "3000.00",
                "2025-02-01T10:00:00Z",
                null,
                null));
    }

    private List<Showcase.ShowcaseProject> mine() {
        return showcase.byCity(Locale.ENGLISH).stream()
                .flatMap(c -> c.projects().stream())
                .filter(p -> p.title().endsWith(marker))
                .toList();
    }

    @Test
    void only_approved_projects_with_the_applicants_consent_appear() {
        assertThat(mine())
                .extracting(Showcase.ShowcaseProject::title)
                .containsExactlyInAnyOrder("Published " + marker, "Published nearer " + marker);
    }

    @Test
    void projects_are_grouped_by_partner_city_nearest_first_with_the_distance() {
        List<Showcase.CityProjects> cities = showcase.byCity(Locale.ENGLISH);
        assertThat(cities).extracting(Showcase.CityProjects::distanceKm).isSorted();
        Showcase.CityProjects poznan = cities.stream()
                .filter(c -> c.city().equals("Poznań"))
                .findFirst()
                .orElseThrow();
        assertThat(poznan.distanceKm()).isBetween(486L, 490L);
        Showcase.ShowcaseProject project = poznan.projects().stream()
                .filter(p -> p.title().equals("Published " + marker))
                .findFirst()
                .orElseThrow();
        assertThat(project.year()).isEqualTo(2025);
        assertThat(project.grantedAmount()).isEqualByComparingTo("2500");
        assertThat(project.partnerOrganisation()).isEqualTo("Partner organisation of the fixture");
        assertThat(project.category()).startsWith("Report programme");
    }

    @Test
    void nothing_personal_can_reach_the_showcase() {
        assertThat(components(Showcase.ShowcaseProject.class))
                .containsExactly("title", "partnerOrganisation", "year", "category", "grantedAmount");
        assertThat(components(PublishedProjects.PublishedProject.class))
                .containsExactly(
                        "title", "partnerOrganisation", "partnerCityId", "programmeId", "decidedAt", "grantedAmount");
        assertThat(showcase.byCity(Locale.ENGLISH).toString())
                .doesNotContain("Anna Antrag", "anna@example.org", "Summary of the fixture");
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }
}
