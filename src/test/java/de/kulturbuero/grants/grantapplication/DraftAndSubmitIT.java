package de.kulturbuero.grants.grantapplication;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Drafts keep partial data; submission checks everything again and happens once, however often it is asked for. */
@IntegrationTest
class DraftAndSubmitIT {

    @Autowired
    TestUsers users;

    @Autowired
    TestApplications testApplications;

    @Autowired
    GrantApplicationService applications;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    @BeforeEach
    void signInAsApplicant() {
        users.signIn(ANNA);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    long newDraft() {
        return applications.createDraft(testApplications.internationalCulture().id());
    }

    ApplicationDraft complete(String title) {
        return CompleteDraft.of(programmes, title);
    }

    long processesOf(long applicationId) {
        return history.createHistoricProcessInstanceQuery()
                .variableValueEquals("applicationId", applicationId)
                .count();
    }

    @Test
    void an_autosave_updates_the_financing_lines_in_place_and_drops_removed_ones() {
        long id = newDraft();
        ApplicationDraft plan = new ApplicationDraft();
        plan.getCostLines()
                .add(new ApplicationDraft.CostLine(CostCategory.FEES, "Band", new BigDecimal("1000.00"), true));
        plan.getCostLines()
                .add(new ApplicationDraft.CostLine(CostCategory.TRAVEL, "Train", new BigDecimal("400.00"), true));
        plan.getIncomeLines()
                .add(new ApplicationDraft.IncomeLine(IncomeKind.OWN_FUNDS, "Verein", new BigDecimal("200.00"), null));
        applications.saveDraft(id, plan);
        List<Long> before = lineIds(id);

        plan.getCostLines()
                .set(
                        1,
                        new ApplicationDraft.CostLine(
                                CostCategory.TRAVEL, "Train and bus", new BigDecimal("450.00"), true));
        plan.getIncomeLines().clear();
        applications.saveDraft(id, plan);

        ApplicationDraft back = applications.draft(id);
        assertThat(back.getCostLines())
                .extracting(ApplicationDraft.CostLine::getDescription)
                .containsExactly("Band", "Train and bus");
        assertThat(back.getCostLines().get(1).getAmount()).isEqualByComparingTo("450.00");
        assertThat(back.getIncomeLines()).isEmpty();
        assertThat(lineIds(id))
                .as("the two cost lines were updated, not deleted and inserted")
                .containsExactly(before.get(0), before.get(1));
    }

    private List<Long> lineIds(long applicationId) {
        return jdbc.queryForList(
                "SELECT id FROM application_financing_line WHERE application_id = ? ORDER BY position",
                Long.class,
                applicationId);
    }

    @Test
    void a_draft_keeps_partial_data_and_reads_back_exactly() {
        long id = newDraft();
        ApplicationDraft partial = new ApplicationDraft();
        partial.setTitle("Half-written idea");
        partial.getCostLines().add(new ApplicationDraft.CostLine(CostCategory.FEES, null, null, false));
        partial.getIncomeLines()
                .add(new ApplicationDraft.IncomeLine(
                        IncomeKind.OTHER_PUBLIC_FUNDS, "Land", new BigDecimal("99.99"), FundingStatus.APPROVED));
        partial.setTravelModePartner(TravelMode.FLIGHT);

        applications.saveDraft(id, partial);

        ApplicationDraft back = applications.draft(id);
        assertThat(back.getTitle()).isEqualTo("Half-written idea");
        assertThat(back.getSummary()).isNull();
        assertThat(back.getCostLines()).singleElement().satisfies(c -> {
            assertThat(c.getCategory()).isEqualTo(CostCategory.FEES);
            assertThat(c.getAmount()).isNull();
            assertThat(c.isEligible()).isFalse();
        });
        assertThat(back.getIncomeLines()).singleElement().satisfies(i -> {
            assertThat(i.getAmount()).isEqualByComparingTo("99.99");
            assertThat(i.getStatus()).isEqualTo(FundingStatus.APPROVED);
        });
        assertThat(back.getTravelModePartner()).isEqualTo(TravelMode.FLIGHT);
        ApplicationSummary summary = applications.get(id);
        assertThat(summary.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(summary.referenceNumber()).isNull();
        assertThat(processesOf(id)).isZero();
        assertThat(applications.myApplications())
                .extracting(ApplicationSummary::id)
                .contains(id);
    }

    @Test
    void saving_again_replaces_the_lines_instead_of_adding_to_them() {
        long id = newDraft();
        ApplicationDraft d = complete("Lines replaced");
        applications.saveDraft(id, d);
        d.getCostLines().removeFirst();
        applications.saveDraft(id, d);
        assertThat(applications.draft(id).getCostLines())
                .extracting(ApplicationDraft.CostLine::getDescription)
                .containsExactly("Reception drinks");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM application_financing_line WHERE application_id = ?", Integer.class, id))
                .isEqualTo(3);
    }

    @Test
    void a_draft_with_a_format_error_is_refused_and_keeps_what_was_saved_before() {
        long id = newDraft();
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle("Fine");
        applications.saveDraft(id, d);
        d.setTitle("x".repeat(201));
        d.setRequestedGrant(new BigDecimal("12.345"));

        assertThatThrownBy(() -> applications.saveDraft(id, d))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(Problem::field)
                                .containsExactly("title", "requestedGrant"));
        assertThat(applications.draft(id).getTitle()).isEqualTo("Fine");
    }

    @Test
    void an_incomplete_draft_is_not_submitted_and_every_missing_item_is_named() {
        long id = newDraft();
        ApplicationDraft d = complete("Incomplete");
        d.setPartnerRole(null);
        d.setRequestedGrant(new BigDecimal("2400.00"));
        applications.saveDraft(id, d);

        assertThat(applications.problems(id))
                .extracting(Problem::field)
                .containsExactly("partnerRole", "requestedGrant", "requestedGrant");
        assertThatThrownBy(() -> applications.submit(id, Locale.GERMAN))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(Problem::messageKey)
                                .containsExactly(
                                        "grantapplication.validation.partner-role-required",
                                        "grantapplication.financing.unbalanced-surplus",
                                        "grantapplication.financing.above-deficit"));
        assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(applications.get(id).referenceNumber()).isNull();
        assertThat(processesOf(id)).isZero();
    }

    @Test
    void the_server_refuses_a_flight_to_a_partner_city_reachable_by_ground() {
        long id = newDraft();
        ApplicationDraft d = complete("Flight to Poznan");
        d.setPartnerCityId(programmes.activePartnerCities().stream()
                .filter(PartnerCitySummary::reachableByGround)
                .findFirst()
                .orElseThrow()
                .id());
        applications.saveDraft(id, d);
        assertThatThrownBy(() -> applications.submit(id, Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(Problem::messageKey)
                                .containsExactly("grantapplication.validation.flight-refused"));
    }

    @Test
    void a_complete_draft_is_submitted_with_a_reference_number_and_the_review_starts() {
        long id = newDraft();
        applications.saveDraft(id, complete(TestApplications.uniqueTitle("Complete")));
        assertThat(applications.problems(id)).isEmpty();

        ApplicationSummary submitted = applications.submit(id, Locale.ENGLISH);

        assertThat(submitted.id()).isEqualTo(id);
        assertThat(submitted.referenceNumber()).matches("^IK-\\d{4}-\\d{4}$");
        assertThat(submitted.requestedAmount()).isEqualByComparingTo("2300.00");
        assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.FORMAL_CHECK);
        assertThat(processesOf(id)).isEqualTo(1);
        assertThat(applications.timeline(id))
                .extracting(StatusEntry::status)
                .containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.FORMAL_CHECK);
        assertThat(jdbc.queryForObject(
                        "SELECT applicant_language FROM grant_application WHERE id = ?", String.class, id))
                .isEqualTo("en");
    }

    @Test
    void submitting_twice_returns_the_same_application_and_starts_one_process() {
        long id = newDraft();
        applications.saveDraft(id, complete(TestApplications.uniqueTitle("Double click")));

        ApplicationSummary first = applications.submit(id, Locale.GERMAN);
        ApplicationSummary second = applications.submit(id, Locale.GERMAN);

        assertThat(second.referenceNumber()).isEqualTo(first.referenceNumber());
        assertThat(processesOf(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM grant_application WHERE reference_number = ?",
                        Integer.class,
                        first.referenceNumber()))
                .isEqualTo(1);
    }

    @Test
    void two_tabs_submitting_at_the_same_moment_create_one_application() throws Exception {
        long id = newDraft();
        applications.saveDraft(id, complete(TestApplications.uniqueTitle("Two tabs")));
        CountDownLatch go = new CountDownLatch(1);
        Callable<String> tab = () -> {
            users.signIn(ANNA);
            go.await();
            try {
                return applications.submit(id, Locale.GERMAN).referenceNumber();
            } finally {
                TestUsers.signOut();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>(List.of(pool.submit(tab), pool.submit(tab)));
            go.countDown();
            String a = results.get(0).get(60, TimeUnit.SECONDS);
            String b = results.get(1).get(60, TimeUnit.SECONDS);
            assertThat(a).isNotNull().isEqualTo(b);
        } finally {
            pool.shutdownNow();
        }
        assertThat(processesOf(id)).isEqualTo(1);
        assertThat(applications.timeline(id))
                .extracting(StatusEntry::status)
                .filteredOn(s -> s == ApplicationStatus.SUBMITTED)
                .hasSize(1);
    }

    @Test
    void a_submitted_application_can_no_longer_be_changed_or_deleted() {
        long id = newDraft();
        ApplicationDraft d = complete(TestApplications.uniqueTitle("Frozen"));
        applications.saveDraft(id, d);
        applications.submit(id, Locale.GERMAN);

        d.setTitle("Changed afterwards");
        assertThatThrownBy(() -> applications.saveDraft(id, d))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(Problem::messageKey)
                                .containsExactly("grantapplication.draft.not-editable"));
        assertThatThrownBy(() -> applications.deleteDraft(id)).isInstanceOf(SubmissionRejected.class);
        assertThat(applications.draft(id).getTitle()).isNotEqualTo("Changed afterwards");
    }

    @Test
    void a_draft_can_be_deleted_with_its_lines() {
        long id = newDraft();
        applications.saveDraft(id, complete("To be deleted"));
        applications.deleteDraft(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grant_application WHERE id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM application_financing_line WHERE application_id = ?", Integer.class, id))
                .isZero();
        assertThat(applications.myApplications())
                .extracting(ApplicationSummary::id)
                .doesNotContain(id);
    }

    @Test
    void another_applicant_can_neither_read_nor_change_nor_submit_nor_delete_a_draft() {
        long id = newDraft();
        applications.saveDraft(id, complete("Anna's secret"));
        users.run(BEN, () -> {
            assertThatThrownBy(() -> applications.draft(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.saveDraft(id, new ApplicationDraft()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.submit(id, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.deleteDraft(id)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(applications.draft(id).getTitle()).isEqualTo("Anna's secret");
    }

    @Test
    void officers_cannot_start_drafts() {
        users.run(TestUsers.CLARA, () -> assertThatThrownBy(this::newDraft).isInstanceOf(AccessDeniedException.class));
    }
}
