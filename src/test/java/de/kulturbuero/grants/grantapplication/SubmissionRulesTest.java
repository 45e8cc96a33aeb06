package de.kulturbuero.grants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.shared.text.SingleLineText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final PartnerCitySummary BRISTOL = new PartnerCitySummary(1, "Bristol", "United Kingdom", 1947, 850, false);
    static final PartnerCitySummary POZNAN = new PartnerCitySummary(5, "Poznań", "Poland", 1979, 488, true);

    /** A complete, valid application in the deficit programme (the test's baseline). */
    static ApplicationDraft complete() {
        ApplicationDraft d = new ApplicationDraft();
        d.setProgrammeId(1L);
        d.setTitle("Brass meets Bristol");
        d.setSummary("Two youth bands play together.");
        d.setDescription("Rehearsals and two concerts.");
        d.setCategory(ProjectCategory.MUSIC);
        d.setPartnerCityId(BRISTOL.id());
        d.setPartnerOrganisation("Bristol Youth Brass");
        d.setPartnerContact("Jo Smith, jo@example.org");
        d.setPartnerCountry("United Kingdom");
        d.setPartnerRole("Co-wrote the programme.");
        d.setPlace("Hannover");
        d.setStartDate(TODAY.plusWeeks(6));
        d.setEndDate(TODAY.plusWeeks(7));
        d.setParticipantsLocal(20);
        d.setParticipantsPartner(18);
        d.getCostLines().add(new ApplicationDraft.CostLine(CostCategory.TRAVEL, "Coach", new BigDecimal("3000"), true));
        d.getIncomeLines()
                .add(new ApplicationDraft.IncomeLine(IncomeKind.OWN_FUNDS, "Club", new BigDecimal("500"), null));
        d.setRequestedGrant(new BigDecimal("2500"));
        d.setTravelModeLocal(TravelMode.BUS);
        d.setTravelModePartner(TravelMode.FLIGHT);
        d.setCo2CompensatedPartner(true);
        d.setDeclaredTruthful(true);
        d.setDeclaredPrivacy(true);
        d.setDeclaredNotStarted(true);
        return d;
    }

    static List<Problem> check(ApplicationDraft d) {
        PartnerCitySummary city =
                d.getPartnerCityId() == null ? null : d.getPartnerCityId() == POZNAN.id() ? POZNAN : BRISTOL;
        return SubmissionRules.check(d, FinancingRulesTest.DEFICIT, Optional.ofNullable(city), TODAY);
    }

    static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void a_complete_application_has_no_problems() {
        assertThat(check(complete())).isEmpty();
    }

    @Test
    void an_empty_draft_lists_every_missing_item_with_its_field() {
        ApplicationDraft empty = new ApplicationDraft();
        assertThat(fields(SubmissionRules.check(empty, FinancingRulesTest.DEFICIT, Optional.empty(), TODAY)))
                .contains(
                        "title",
                        "summary",
                        "description",
                        "category",
                        "partnerCityId",
                        "partnerOrganisation",
                        "partnerContact",
                        "partnerCountry",
                        "partnerRole",
                        "place",
                        "startDate",
                        "endDate",
                        "participantsLocal",
                        "participantsPartner",
                        "costLines",
                        "requestedGrant",
                        "travelModeLocal",
                        "travelModePartner",
                        "declaredTruthful",
                        "declaredPrivacy",
                        "declaredNotStarted");
    }

    @Test
    void an_empty_draft_has_no_format_problems() {
        assertThat(SubmissionRules.formatProblems(new ApplicationDraft())).isEmpty();
    }

    @Test
    void single_line_entries_refuse_line_breaks_and_direction_overrides_at_their_field() {
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle("Sommerakademie\r\nBcc: x@example.org");
        d.setPartnerOrganisation("Centre\u202Eevil");
        d.setPlace("Rouen\u2066");
        d.setPartnerContact("Marie\tDupont");
        d.setPartnerCountry("Frankreich\u200F");
        // the description may have paragraphs
        d.setDescription("Absatz eins.\n\nAbsatz zwei.");

        assertThat(SubmissionRules.formatProblems(d))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("title", SingleLineText.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("partnerOrganisation", SingleLineText.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("place", SingleLineText.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("partnerContact", SingleLineText.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("partnerCountry", SingleLineText.REFUSED));
    }

    @Test
    void blank_text_counts_as_missing() {
        ApplicationDraft d = complete();
        d.setTitle("   ");
        assertThat(check(d))
                .extracting(Problem::messageKey)
                .containsExactly("grantapplication.validation.title-required");
    }

    @Test
    void the_start_may_be_exactly_the_minimum_lead_time_away() {
        ApplicationDraft d = complete();
        d.setStartDate(TODAY.plusWeeks(6));
        assertThat(check(d)).isEmpty();
    }

    @Test
    void one_day_short_of_the_lead_time_is_refused_with_the_earliest_date() {
        ApplicationDraft d = complete();
        d.setStartDate(TODAY.plusWeeks(6).minusDays(1));
        List<Problem> problems = check(d);
        assertThat(problems).extracting(Problem::messageKey).containsExactly("grantapplication.validation.lead-time");
        assertThat(problems.getFirst().args()).containsExactly(6, TODAY.plusWeeks(6));
    }

    @Test
    void an_early_start_request_with_a_reason_allows_an_earlier_start() {
        ApplicationDraft d = complete();
        d.setStartDate(TODAY.plusDays(3));
        d.setDeclaredNotStarted(false);
        d.setEarlyStartRequested(true);
        d.setEarlyStartReason("The partner's festival is in December.");
        assertThat(check(d)).isEmpty();
    }

    @Test
    void an_early_start_request_needs_a_reason() {
        ApplicationDraft d = complete();
        d.setEarlyStartRequested(true);
        d.setEarlyStartReason(" ");
        assertThat(fields(check(d))).containsExactly("earlyStartReason");
    }

    @Test
    void a_start_in_the_past_is_refused_even_with_an_early_start() {
        ApplicationDraft d = complete();
        d.setEarlyStartRequested(true);
        d.setEarlyStartReason("Urgent");
        d.setStartDate(TODAY.minusDays(1));
        assertThat(check(d)).extracting(Problem::messageKey).containsExactly("grantapplication.validation.start-past");
    }

    @Test
    void the_end_may_equal_the_start_but_not_precede_it() {
        ApplicationDraft d = complete();
        d.setEndDate(d.getStartDate());
        assertThat(check(d)).isEmpty();
        d.setEndDate(d.getStartDate().minusDays(1));
        assertThat(check(d))
                .extracting(Problem::messageKey)
                .containsExactly("grantapplication.validation.end-before-start");
    }

    @Test
    void a_flight_to_a_city_reachable_by_ground_is_refused_even_with_compensation() {
        ApplicationDraft d = complete();
        d.setPartnerCityId(POZNAN.id());
        List<Problem> problems = check(d);
        assertThat(problems)
                .extracting(Problem::messageKey)
                .containsExactly("grantapplication.validation.flight-refused");
        assertThat(problems.getFirst().field()).isEqualTo("travelModePartner");
        assertThat(problems.getFirst().args()).containsExactly("Poznań");
    }

    @Test
    void a_flight_to_a_distant_city_needs_co2_compensation() {
        ApplicationDraft d = complete();
        d.setCo2CompensatedPartner(false);
        assertThat(fields(check(d))).containsExactly("co2CompensatedPartner");
        d.setTravelModeLocal(TravelMode.FLIGHT);
        assertThat(fields(check(d))).containsExactly("co2CompensatedLocal", "co2CompensatedPartner");
    }

    @Test
    void ground_travel_to_a_city_reachable_by_ground_is_fine() {
        ApplicationDraft d = complete();
        d.setPartnerCityId(POZNAN.id());
        d.setTravelModePartner(TravelMode.TRAIN);
        assertThat(check(d)).isEmpty();
    }

    @Test
    void the_declarations_of_truth_and_privacy_are_required() {
        ApplicationDraft d = complete();
        d.setDeclaredTruthful(false);
        d.setDeclaredPrivacy(false);
        assertThat(fields(check(d))).containsExactly("declaredTruthful", "declaredPrivacy");
    }

    @Test
    void without_not_started_declaration_an_early_start_must_be_requested() {
        ApplicationDraft d = complete();
        d.setDeclaredNotStarted(false);
        assertThat(fields(check(d))).containsExactly("declaredNotStarted");
    }

    @Test
    void consent_to_publish_is_optional() {
        ApplicationDraft d = complete();
        d.setConsentPublish(false);
        assertThat(check(d)).isEmpty();
    }

    @Test
    void a_partnership_needs_participants_from_the_partner_city() {
        ApplicationDraft d = complete();
        d.setParticipantsPartner(0);
        assertThat(check(d))
                .extracting(Problem::messageKey)
                .containsExactly("grantapplication.validation.participants-partner-none");
    }

    @Test
    void an_unknown_partner_city_is_reported() {
        ApplicationDraft d = complete();
        assertThat(SubmissionRules.check(d, FinancingRulesTest.DEFICIT, Optional.empty(), TODAY))
                .extracting(Problem::messageKey)
                .containsExactly("grantapplication.validation.partner-city-unknown");
    }

    @Test
    void format_checks_catch_too_long_text_negative_and_sub_cent_amounts_and_negative_participants() {
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle("x".repeat(201));
        d.setParticipantsLocal(-1);
        d.setRequestedGrant(new BigDecimal("10.001"));
        d.getCostLines().add(new ApplicationDraft.CostLine(null, null, new BigDecimal("-5"), true));
        assertThat(SubmissionRules.formatProblems(d))
                .extracting(Problem::field)
                .containsExactly("title", "participantsLocal", "costLines[0].amount", "requestedGrant");
        d.setTitle("x".repeat(200));
        d.setParticipantsLocal(0);
        d.setRequestedGrant(new BigDecimal("10.00"));
        d.getCostLines().getFirst().setAmount(new BigDecimal("0"));
        assertThat(SubmissionRules.formatProblems(d)).isEmpty();
    }

    @Test
    void every_problem_field_maps_to_the_step_that_holds_it() {
        assertThat(WizardStep.of("title")).isEqualTo(WizardStep.PROJECT);
        assertThat(WizardStep.of("costLines[3].amount")).isEqualTo(WizardStep.FINANCING);
        assertThat(WizardStep.of("requestedGrant")).isEqualTo(WizardStep.FINANCING);
        assertThat(WizardStep.of("travelModePartner")).isEqualTo(WizardStep.TRAVEL);
        assertThat(WizardStep.of("co2CompensatedLocal")).isEqualTo(WizardStep.TRAVEL);
        assertThat(WizardStep.of("earlyStartReason")).isEqualTo(WizardStep.DECLARATIONS);
        assertThat(WizardStep.of("declaredPrivacy")).isEqualTo(WizardStep.DECLARATIONS);
    }
}
