package de.kulturbuero.grants.reporting;

import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeForm;
import de.kulturbuero.grants.programme.ProgrammeFormCheckTest;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.shared.SignedIn;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Writes hand-made applications with fixed dates straight into the tables, for figures checked by hand. */
class ReportingFixture {

    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    final ProgrammeService programmes;
    private final ProgrammeAdministration administration;

    ReportingFixture(
            JdbcTemplate jdbc,
            UserDetailsService users,
            ProgrammeService programmes,
            ProgrammeAdministration administration) {
        this.jdbc = jdbc;
        this.users = users;
        this.programmes = programmes;
        this.administration = administration;
    }

    /** A fresh programme (so no other test's applications count) with 30,000 € for 2025 and 50,000 € otherwise. */
    long programme() {
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix(SignedIn.randomPrefix());
        form.setNameDe("Berichtsprogramm " + form.getReferencePrefix());
        form.setNameEn("Report programme " + form.getReferencePrefix());
        form.getBudgets().add(new ProgrammeForm.BudgetLine(2025, new BigDecimal("30000.00")));
        return SignedIn.as(users, SignedIn.ADAM, () -> administration.save(form));
    }

    long city(String name) {
        return programmes.activePartnerCities().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .map(PartnerCitySummary::id)
                .orElseThrow();
    }

    long account(String email) {
        return ((PortalUser) users.loadUserByUsername(email)).accountId();
    }

    /** Inserts a submitted application; {@code granted}/{@code decided} null for undecided ones. */
    long application(
            long programmeId,
            long applicantId,
            long cityId,
            String status,
            String title,
            String requested,
            String submitted,
            String granted,
            String decided) {
        Instant submittedAt = Instant.parse(submitted);
        jdbc.update(
                """
                INSERT INTO grant_application (applicant_id, programme_id, partner_city_id, status, status_changed_at,
                  reference_number, title, summary, partner_organisation, start_date, end_date, requested_amount, submitted_at,
                  granted_amount, decided_at, decision_reason, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'Summary of the fixture', 'Partner organisation of the fixture', '2026-06-01', '2026-06-10',
                  ?, ?, ?, ?, NULL, ?, ?, 0)""",
                applicantId,
                programmeId,
                cityId,
                status,
                Timestamp.from(submittedAt),
                "FX-" + UUID.randomUUID().toString().substring(0, 20),
                title,
                new BigDecimal(requested),
                Timestamp.from(submittedAt),
                granted == null ? null : new BigDecimal(granted),
                decided == null ? null : Timestamp.from(Instant.parse(decided)),
                Timestamp.from(submittedAt),
                Timestamp.from(submittedAt));
        return jdbc.queryForObject("SELECT MAX(id) FROM grant_application", Long.class);
    }

    void consentToPublication(long applicationId) {
        jdbc.update("UPDATE grant_application SET consent_publish = TRUE WHERE id = ?", applicationId);
    }
}
