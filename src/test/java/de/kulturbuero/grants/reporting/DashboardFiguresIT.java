package de.kulturbuero.grants.reporting;

import static de.kulturbuero.grants.shared.SignedIn.HANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.shared.SignedIn;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The dashboard's figures against a fixture computed by hand. Years are calendar years in
 * Europe/Berlin: 2025-12-31T23:30Z is already 2026 there.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresIT {

    private final ReportingService reporting;
    private final UserDetailsService users;
    private final ReportingFixture fixture;
    private long programme;

    @Autowired
    DashboardFiguresIT(
            ReportingService reporting,
            UserDetailsService users,
            JdbcTemplate jdbc,
            ProgrammeService programmes,
            ProgrammeAdministration administration) {
        this.reporting = reporting;
        this.users = users;
        this.fixture = new ReportingFixture(jdbc, users, programmes, administration);
    }

    @BeforeAll
    void fixture() {
        programme = fixture.programme();
        long anna = fixture.account(SignedIn.ANNA);
        long leipzig = fixture.city("Leipzig");
        long poznan = fixture.city("Poznań");
        // A1: approved 4,000 in 2025 (31 days after submission)
        fixture.application(
                programme,
                anna,
                leipzig,
                "APPROVED",
                "A1",
                "5000.00",
                "2025-03-01T10:00:00Z",
                "4000.00",
                "2025-04-01T10:00:00Z");
        // A2: submitted 2025, approved 2,500 in 2026 (51 days): counts against the 2026 budget
        fixture.application(
                programme,
                anna,
                leipzig,
                "APPROVED",
                "A2",
                "3000.00",
                "2025-11-20T10:00:00Z",
                "2500.00",
                "2026-01-10T10:00:00Z");
        // A3: rejected in 2025 (15 days)
        fixture.application(
                programme,
                anna,
                poznan,
                "REJECTED",
                "A3",
                "2000.00",
                "2025-05-05T10:00:00Z",
                null,
                "2025-05-20T10:00:00Z");
        // A4: 23:30 in Berlin on New Year's Eve: still 2025
        fixture.application(
                programme, anna, poznan, "FORMAL_CHECK", "A4", "1000.00", "2025-12-31T22:30:00Z", null, null);
        // A5: 00:30 in Berlin on New Year's Day: 2026
        fixture.application(programme, anna, poznan, "SUBMITTED", "A5", "1500.00", "2025-12-31T23:30:00Z", null, null);
    }

    @Test
    void budget_committed_and_remaining_count_approvals_in_the_year_of_the_decision() {
        ProgrammeFigures y2025 = SignedIn.as(users, HANNA, () -> reporting.figures(programme, 2025));
        assertThat(y2025.budget()).isEqualByComparingTo("30000");
        assertThat(y2025.committed()).isEqualByComparingTo("4000");
        assertThat(y2025.remaining()).isEqualByComparingTo("26000");

        ProgrammeFigures y2026 = SignedIn.as(users, HANNA, () -> reporting.figures(programme, 2026));
        assertThat(y2026.budget()).as("default annual budget").isEqualByComparingTo("50000");
        assertThat(y2026.committed()).isEqualByComparingTo("2500");
        assertThat(y2026.remaining()).isEqualByComparingTo("47500");
    }

    @Test
    void applications_are_counted_by_status_in_the_year_of_submission_in_the_office_time_zone() {
        ProgrammeFigures y2025 = SignedIn.as(users, HANNA, () -> reporting.figures(programme, 2025));
        assertThat(y2025.byStatus())
                .isEqualTo(Map.of(
                        ApplicationStatus.APPROVED,
                        2L,
                        ApplicationStatus.REJECTED,
                        1L,
                        ApplicationStatus.FORMAL_CHECK,
                        1L));
        ProgrammeFigures y2026 = SignedIn.as(users, HANNA, () -> reporting.figures(programme, 2026));
        assertThat(y2026.byStatus()).isEqualTo(Map.of(ApplicationStatus.SUBMITTED, 1L));
    }

    @Test
    void partner_cities_get_their_counts_and_amounts() {
        ProgrammeFigures y2025 = SignedIn.as(users, HANNA, () -> reporting.figures(programme, 2025));
        assertThat(y2025.byCity()).hasSize(2);
        ProgrammeFigures.CityRow leipzig = y2025.byCity().stream()
                .filter(c -> c.cityName().equals("Leipzig"))
                .findFirst()
                .orElseThrow();
        assertThat(leipzig.applications()).isEqualTo(2);
        assertThat(leipzig.requested()).isEqualByComparingTo("8000");
        assertThat(leipzig.approved()).isEqualTo(2);
        assertThat(leipzig.granted()).isEqualByComparingTo("6500");
        assertThat(leipzig.distanceKm()).isBetween(214L, 216L);
        ProgrammeFigures.CityRow poznan = y2025.byCity().stream()
                .filter(c -> c.cityName().equals("Poznań"))
                .findFirst()
                .orElseThrow();
        assertThat(poznan.applications()).isEqualTo(2);
        assertThat(poznan.requested()).isEqualByComparingTo("3000");
        assertThat(poznan.approved()).isZero();
        assertThat(poznan.granted()).isEqualByComparingTo("0");
    }

    @Test
    void the_average_time_to_decision_covers_the_decisions_of_the_year() {
        assertThat(SignedIn.as(users, HANNA, () -> reporting.figures(programme, 2025))
                        .averageDaysToDecision())
                .isEqualTo(23.0);
        assertThat(SignedIn.as(users, HANNA, () -> reporting.figures(programme, 2026))
                        .averageDaysToDecision())
                .isEqualTo(51.0);
        assertThat(SignedIn.as(users, HANNA, () -> reporting.figures(programme, 2024))
                        .averageDaysToDecision())
                .isNull();
    }

    @Test
    void applicants_and_clerks_see_no_dashboard() {
        assertThatThrownBy(() -> SignedIn.as(users, SignedIn.ANNA, () -> reporting.dashboard(2025)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, SignedIn.CLARA, () -> reporting.dashboard(2025)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
