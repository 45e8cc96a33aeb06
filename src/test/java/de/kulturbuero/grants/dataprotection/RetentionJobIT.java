package de.kulturbuero.grants.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.SignedIn;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant's export and deletion, and the retention job: personal data goes from the app's
 * tables and the engine's history after the retention period; the statistics stay.
 */
@IntegrationTest
class RetentionJobIT {

    private static final String PASSWORD = "a long enough secret";

    private final RetentionJob job;
    private final DataProtectionService dataProtection;
    private final GrantApplicationService applications;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final HistoryService history;

    @Autowired
    RetentionJobIT(
            RetentionJob job,
            DataProtectionService dataProtection,
            GrantApplicationService applications,
            ProgrammeService programmes,
            AccountService accounts,
            UserDetailsService users,
            JdbcTemplate jdbc,
            RuntimeService runtime,
            HistoryService history) {
        this.job = job;
        this.dataProtection = dataProtection;
        this.applications = applications;
        this.programmes = programmes;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.history = history;
    }

    private String newApplicant(String who) {
        String email = who + "." + System.nanoTime() + "@example.org";
        accounts.createIfAbsent(email, PASSWORD, "Person " + who, "Verein " + who, "de", List.of(Roles.APPLICANT));
        return email;
    }

    private ApplicationSummary submit(String email, String title) {
        NewApplicationForm form = new NewApplicationForm();
        form.setProgrammeId(programmes.openProgrammes().stream()
                .filter(p -> "IK".equals(p.referencePrefix()))
                .findFirst()
                .orElseThrow()
                .id());
        form.setTitle(title);
        form.setPartnerCityId(programmes.activePartnerCities().getFirst().id());
        form.setPartnerOrganisation("Partner of " + title);
        form.setSummary("Summary written by " + email);
        form.setStartDate(LocalDate.now().plusMonths(3));
        form.setEndDate(LocalDate.now().plusMonths(3).plusDays(3));
        form.setRequestedAmount(new BigDecimal("3000.00"));
        return SignedIn.as(users, email, () -> form.submitThrough(applications));
    }

    /** Pretends the case was rejected {@code yearsAgo} years ago; optionally ends its process. */
    private void decided(ApplicationSummary a, int yearsAgo, boolean endProcess) {
        ended(a, "REJECTED", yearsAgo, endProcess);
    }

    /**
     * Pretends the case reached {@code status} {@code yearsAgo} years ago, after a decision six years
     * ago; optionally ends its process.
     */
    private void ended(ApplicationSummary a, String status, int yearsAgo, boolean endProcess) {
        Instant ended = Instant.now().minus(365L * yearsAgo + 2, ChronoUnit.DAYS);
        Instant decided = Instant.now().minus(365L * 6 + 2, ChronoUnit.DAYS);
        jdbc.update(
                "UPDATE grant_application SET status = ?, status_changed_at = ?, granted_amount = 2500.00, decided_at = ? "
                        + "WHERE id = ?",
                status,
                Timestamp.from(ended),
                Timestamp.from(decided),
                a.id());
        if (endProcess) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(a.referenceNumber())
                    .list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "decided in the test fixture"));
        }
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM grant_application WHERE id = ?", id);
    }

    private long engineHistory(ApplicationSummary a) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(a.referenceNumber())
                .count();
    }

    @Test
    void the_job_anonymises_cases_past_retention_in_the_app_and_the_engine_and_keeps_the_statistics() {
        String applicant = newApplicant("old");
        ApplicationSummary old = submit(applicant, "Old project");
        ApplicationSummary running = submit(newApplicant("running"), "Old but still running");
        ApplicationSummary recent = submit(newApplicant("recent"), "Recent project");
        decided(old, 6, true);
        decided(running, 6, false);
        decided(recent, 1, true);
        assertThat(engineHistory(old)).isEqualTo(1);
        long clara = jdbc.queryForObject("SELECT id FROM account WHERE email = 'clara@example.org'", Long.class);
        jdbc.update(
                "INSERT INTO application_message (application_id, kind, text, author_id, created_at, answer) "
                        + "VALUES (?, 'INQUIRY', 'Dear Person old, please send the budget', ?, CURRENT_TIMESTAMP(6), 'Here it is, Person old')",
                old.id(),
                clara);
        jdbc.update(
                "INSERT INTO review_comment (application_id, author_id, text, created_at) VALUES (?, ?, 'Person old called me', CURRENT_TIMESTAMP(6))",
                old.id(),
                clara);

        RetentionJob.Result result = job.run(Instant.now());

        Map<String, Object> o = row(old.id());
        assertThat(o.get("title")).isNull();
        assertThat(o.get("summary")).isNull();
        assertThat(o.get("partner_organisation")).isNull();
        assertThat(o.get("anonymised_at")).isNotNull();
        assertThat(o.get("status")).as("statistics stay").isEqualTo("REJECTED");
        assertThat((BigDecimal) o.get("granted_amount")).isEqualByComparingTo("2500");
        assertThat(o.get("programme_id")).isEqualTo(old.programmeId());
        assertThat(o.get("reference_number")).isEqualTo(old.referenceNumber());
        assertThat(engineHistory(old)).as("engine history removed").isZero();
        assertThat(jdbc.queryForList("SELECT text, answer FROM application_message WHERE application_id = ?", old.id()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.get("text")).isEqualTo("—");
                    assertThat(m.get("answer")).isNull();
                });
        assertThat(jdbc.queryForObject(
                        "SELECT text FROM review_comment WHERE application_id = ?", String.class, old.id()))
                .isEqualTo("—");

        assertThat(row(running.id()).get("title"))
                .as("process still runs: wait")
                .isEqualTo("Old but still running");
        assertThat(result.casesStillRunning()).isGreaterThanOrEqualTo(1);
        assertThat(row(recent.id()).get("title")).as("within retention").isEqualTo("Recent project");
        assertThat(engineHistory(recent)).isEqualTo(1);
        assertThat(result.applicationsAnonymised()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void retention_counts_from_the_end_of_the_case_not_from_the_approval() {
        ApplicationSummary withdrawn = submit(newApplicant("withdrawn"), "Withdrawn long ago");
        ApplicationSummary ineligible = submit(newApplicant("ineligible"), "Ineligible long ago");
        ApplicationSummary approved = submit(newApplicant("approved"), "Approved long ago, not closed");
        ApplicationSummary withdrawnLately = submit(newApplicant("lately"), "Withdrawn lately");
        ApplicationSummary closed = submit(newApplicant("closed"), "Closed long ago");
        ApplicationSummary closedLately = submit(newApplicant("closed-lately"), "Approved long ago, closed lately");
        ended(withdrawn, "WITHDRAWN", 6, true);
        ended(ineligible, "INELIGIBLE", 6, true);
        ended(approved, "APPROVED", 6, true);
        ended(withdrawnLately, "WITHDRAWN", 4, true);
        ended(closed, "CLOSED", 6, true);
        ended(closedLately, "CLOSED", 3, true);

        job.run(Instant.now());

        assertThat(row(withdrawn.id()).get("anonymised_at"))
                .as("withdrawn 6 years ago")
                .isNotNull();
        assertThat(row(ineligible.id()).get("anonymised_at"))
                .as("ineligible 6 years ago")
                .isNotNull();
        assertThat(row(approved.id()).get("title"))
                .as("an approved grant is kept until its case is closed, however old the approval")
                .isEqualTo("Approved long ago, not closed");
        assertThat(row(closed.id()).get("anonymised_at"))
                .as("closed 6 years ago")
                .isNotNull();
        assertThat(row(closedLately.id()).get("title"))
                .as("approved 6 years ago, closed 3 years ago: within retention")
                .isEqualTo("Approved long ago, closed lately");
        assertThat(row(withdrawnLately.id()).get("title"))
                .as("withdrawn 4 years ago, decided 6 years ago: within retention")
                .isEqualTo("Withdrawn lately");
    }

    @Test
    void an_applicant_with_submitted_applications_is_locked_at_once_and_anonymised_when_retention_ends() {
        String applicant = newApplicant("leaving");
        ApplicationSummary a = submit(applicant, "Project of a leaving applicant");
        assertThat(SignedIn.as(users, applicant, dataProtection::deleteMyData))
                .isEqualTo(DataProtectionService.Deletion.AFTER_RETENTION);
        Map<String, Object> account = jdbc.queryForMap("SELECT * FROM account WHERE email = ?", applicant);
        assertThat(account.get("enabled")).isEqualTo(false);
        assertThat(account.get("anonymised_at")).isNull();

        job.run(Instant.now());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = ?", Integer.class, applicant))
                .as("kept while the application must be kept")
                .isEqualTo(1);

        decided(a, 6, true);
        job.run(Instant.now());
        Map<String, Object> after = jdbc.queryForMap("SELECT * FROM account WHERE id = ?", account.get("id"));
        assertThat(after.get("email")).isEqualTo("deleted-" + account.get("id") + "@anonymised.invalid");
        assertThat(after.get("display_name")).isEqualTo("—");
        assertThat(after.get("organisation")).isNull();
        assertThat(after.get("anonymised_at")).isNotNull();
    }

    @Test
    void an_applicant_without_submitted_applications_is_anonymised_at_once() {
        String applicant = newApplicant("nothing");
        long id = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, applicant);
        assertThat(SignedIn.as(users, applicant, dataProtection::deleteMyData))
                .isEqualTo(DataProtectionService.Deletion.NOW);
        assertThat(jdbc.queryForObject("SELECT email FROM account WHERE id = ?", String.class, id))
                .isEqualTo("deleted-" + id + "@anonymised.invalid");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_role WHERE account_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void the_export_contains_the_account_and_every_application() {
        String applicant = newApplicant("curious");
        submit(applicant, "First of the curious");
        submit(applicant, "Second of the curious");
        JsonNode json =
                JsonMapper.builder().build().readTree(SignedIn.as(users, applicant, dataProtection::myDataAsJson));
        assertThat(json.get("account").get("email").asString()).isEqualTo(applicant);
        assertThat(json.get("account").get("organisation").asString()).isEqualTo("Verein curious");
        assertThat(json.get("applications")).hasSize(2);
        assertThat(json.get("applications").get(0).get("summary").asString()).contains(applicant);
        assertThat(json.get("applications").get(1).get("requestedAmount").decimalValue())
                .isEqualByComparingTo("3000");
    }
}
