package de.kulturbuero.grants.finalreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kulturbuero.grants.finalreport.ReportDraft.Kind;
import de.kulturbuero.grants.finalreport.ReportDraft.Line;
import de.kulturbuero.grants.finalreport.ReportDraft.Receipt;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The completeness and currency rules of a final report, without Spring. */
class FinalReportRulesTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    /** A complete report: travel 1,000 € in two receipts (one in pounds), own funds 500 € in one. */
    private static ReportDraft complete() {
        ReportDraft d = new ReportDraft();
        d.setCarriedOutAsPlanned(true);
        d.setActualStart(LocalDate.of(2026, 5, 4));
        d.setActualEnd(LocalDate.of(2026, 5, 10));
        d.setPlace("Hannover, Bristol");
        d.setParticipantsLocal(12);
        d.setParticipantsPartner(9);
        d.setPartnerCityId(1L);
        d.setPartnerContribution("The partner choir planned the concerts with us.");
        d.setPublicity("Press release, two radio reports.");
        d.getLines().add(new Line(Kind.COST, 0, "TRAVEL", "Train", true, eur("1200.00"), eur("1000.00")));
        d.getLines().add(new Line(Kind.INCOME, 0, "OWN_FUNDS", "Own funds", true, eur("500.00"), eur("500.00")));
        d.getReceipts().add(new Receipt(LocalDate.of(2026, 4, 1), "Deutsche Bahn", "Tickets", 0, eur("883.65")));
        // 100.00 GBP × 1.16345 = 116.345 → 116.35 (half up)
        d.getReceipts()
                .add(new Receipt(LocalDate.of(2026, 5, 5), "First Bus", "Bus tickets", 0, eur("116.35"))
                        .foreign("GBP", eur("100.00"), new BigDecimal("1.16345"), "Bank statement of 6 May 2026"));
        d.getReceipts().add(new Receipt(LocalDate.of(2026, 5, 31), "Verein", "Own funds", 1, eur("500.00")));
        d.setDeclaredEconomical(true);
        d.setDeclaredReceiptsKept(true);
        return d;
    }

    private static List<String> keys(List<ReportProblem> problems) {
        return problems.stream().map(ReportProblem::messageKey).toList();
    }

    private static List<String> fields(List<ReportProblem> problems) {
        return problems.stream().map(ReportProblem::field).toList();
    }

    @Test
    void a_complete_report_has_no_problems() {
        assertThat(FinalReportRules.check(complete())).isEmpty();
    }

    @Test
    void an_empty_report_names_every_missing_part_of_the_narrative_and_both_declarations() {
        ReportDraft d = new ReportDraft();

        assertThat(fields(FinalReportRules.check(d)))
                .containsExactlyInAnyOrder(
                        "carriedOutAsPlanned",
                        "actualStart",
                        "actualEnd",
                        "place",
                        "participantsLocal",
                        "participantsPartner",
                        "partnerContribution",
                        "publicity",
                        "declaredEconomical",
                        "declaredReceiptsKept");
    }

    @Test
    void a_project_not_carried_out_as_planned_must_say_what_changed_and_why() {
        ReportDraft d = complete();
        d.setCarriedOutAsPlanned(false);

        assertThat(FinalReportRules.check(d))
                .singleElement()
                .extracting(ReportProblem::field, ReportProblem::messageKey)
                .containsExactly("changes", "finalreport.problem.changes-required");

        d.setChanges("One concert moved to a larger hall.");
        assertThat(FinalReportRules.check(d)).isEmpty();
    }

    @Test
    void partner_participants_need_their_city_and_the_end_is_not_before_the_start() {
        ReportDraft d = complete();
        d.setPartnerCityId(null);
        d.setActualEnd(LocalDate.of(2026, 5, 3));

        assertThat(fields(FinalReportRules.check(d))).containsExactlyInAnyOrder("partnerCityId", "actualEnd");

        d.setParticipantsPartner(0);
        assertThat(fields(FinalReportRules.check(d))).containsExactly("actualEnd");
    }

    @Test
    void every_line_needs_an_actual_amount_and_an_added_line_its_category_and_label() {
        ReportDraft d = complete();
        d.getLines().getFirst().setActual(null);
        d.getLines().add(Line.added(Kind.COST));

        assertThat(FinalReportRules.check(d))
                .extracting(ReportProblem::field, ReportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("lines[0].actual", "finalreport.problem.actual-required"),
                        tuple("lines[2].category", "finalreport.problem.line-category-required"),
                        tuple("lines[2].label", "finalreport.problem.line-label-required"),
                        tuple("lines[2].actual", "finalreport.problem.actual-required"));
    }

    @Test
    void each_line_whose_receipts_do_not_add_up_to_its_actual_amount_is_listed_with_the_difference() {
        ReportDraft d = complete();
        d.getLines().get(0).setActual(eur("1000.01"));
        d.getLines().get(1).setActual(eur("450.00"));

        List<ReportProblem> problems = FinalReportRules.check(d);

        assertThat(problems).hasSize(2).allMatch(p -> p.messageKey().equals("finalreport.problem.line-sum"));
        ReportProblem travel = problems.get(0);
        assertThat(travel.field()).isEqualTo("lines[0].actual");
        assertThat(travel.args()).containsExactly("Train", eur("1000.00"), eur("1000.01"), eur("0.01"), 0);
        assertThat(travel.arguments(Locale.GERMAN))
                .containsExactly(
                        "Train",
                        Formats.money(eur("1000.00"), Locale.GERMAN),
                        Formats.money(eur("1000.01"), Locale.GERMAN),
                        Formats.money(eur("0.01"), Locale.GERMAN),
                        0);
        assertThat(Formats.money(eur("1000.01"), Locale.GERMAN)).startsWith("1.000,01");
        assertThat(problems.get(1).args()).containsExactly("Own funds", eur("500.00"), eur("450.00"), eur("50.00"), 1);
    }

    @Test
    void the_line_checks_compare_cent_exactly() {
        ReportDraft d = complete();
        d.getLines().get(0).setActual(new BigDecimal("1000"));

        assertThat(FinalReportRules.lineChecks(d))
                .extracting(FinalReportRules.LineCheck::matches)
                .containsExactly(true, true);
        assertThat(FinalReportRules.lineChecks(d).getFirst().receipts()).isEqualByComparingTo("1000.00");
    }

    @Test
    void euros_are_original_times_rate_rounded_half_up_to_the_cent() {
        assertThat(FinalReportRules.euros(eur("100.00"), new BigDecimal("1.16345")))
                .isEqualTo(eur("116.35"));
        assertThat(FinalReportRules.euros(eur("100.00"), new BigDecimal("1.16344")))
                .isEqualTo(eur("116.34"));
        assertThat(FinalReportRules.euros(new BigDecimal("120000"), new BigDecimal("0.00057")))
                .isEqualTo(eur("68.40"));
        assertThat(FinalReportRules.euros(null, BigDecimal.ONE)).isNull();
    }

    @Test
    void a_foreign_receipt_needs_its_original_amount_rate_and_source() {
        ReportDraft d = complete();
        d.getReceipts().get(1).foreign("GBP", null, null, " ");

        assertThat(FinalReportRules.check(d))
                .extracting(ReportProblem::field)
                .containsExactlyInAnyOrder("receipts[1].originalAmount", "receipts[1].rate", "receipts[1].rateSource");
    }

    @Test
    void a_foreign_euro_amount_may_differ_from_original_times_rate_by_one_cent_not_more() {
        ReportDraft d = complete();
        Receipt pounds = d.getReceipts().get(1);
        Receipt train = d.getReceipts().getFirst();
        pounds.setAmountEur(eur("116.36"));
        train.setAmountEur(eur("883.64"));
        assertThat(FinalReportRules.check(d)).as("one cent off").isEmpty();

        pounds.setAmountEur(eur("116.37"));
        train.setAmountEur(eur("883.63"));
        assertThat(FinalReportRules.check(d)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("receipts[1].amountEur");
            assertThat(p.messageKey()).isEqualTo("finalreport.problem.euro-mismatch");
            assertThat(p.args()).containsExactly(2, eur("116.35"));
        });
    }

    @Test
    void a_euro_receipt_needs_no_rate() {
        ReportDraft d = complete();
        d.getReceipts().get(1).foreign("EUR", null, null, null);

        assertThat(FinalReportRules.check(d)).isEmpty();
    }

    @Test
    void a_receipt_needs_date_payee_purpose_line_and_an_amount() {
        ReportDraft d = complete();
        d.getReceipts().add(new Receipt());

        assertThat(FinalReportRules.check(d))
                .extracting(ReportProblem::field)
                .containsExactlyInAnyOrder(
                        "receipts[3].date",
                        "receipts[3].payee",
                        "receipts[3].purpose",
                        "receipts[3].line",
                        "receipts[3].amountEur");
    }

    @Test
    void the_format_checks_refuse_what_cannot_be_stored() {
        ReportDraft d = complete();
        d.getLines().getFirst().setActual(new BigDecimal("12.345"));
        d.getLines().get(1).setActual(new BigDecimal("-1.00"));
        Receipt r = d.getReceipts().get(1);
        r.setCurrency("XYZ");
        r.setRate(new BigDecimal("1.123456789"));
        d.getReceipts().getFirst().setLine(7);
        d.setPlace("x".repeat(FinalReportRules.MAX_PLACE + 1));
        d.setParticipantsLocal(-1);

        assertThat(FinalReportRules.formatProblems(d))
                .extracting(ReportProblem::field, ReportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("place", "finalreport.error.too-long"),
                        tuple("participantsLocal", "finalreport.error.participants-range"),
                        tuple("lines[0].actual", "finalreport.error.amount-decimals"),
                        tuple("lines[1].actual", "finalreport.error.amount-negative"),
                        tuple("receipts[0].line", "finalreport.error.receipt-line-unknown"),
                        tuple("receipts[1].currency", "finalreport.error.currency-unknown"),
                        tuple("receipts[1].rate", "finalreport.error.rate-format"));
        assertThat(FinalReportRules.isCurrency("MWK")).isTrue();
        assertThat(FinalReportRules.isCurrency("pln")).isFalse();
    }

    @Test
    void place_labels_payees_purposes_and_rate_sources_refuse_line_breaks_and_direction_overrides() {
        ReportDraft d = complete();
        d.setPlace("Bristol\r\nBcc: x@example.org");
        d.getLines().getFirst().setLabel("Reise\u202Ekosten");
        Receipt r = d.getReceipts().getFirst();
        r.setPayee("Deutsche\tBahn");
        r.setPurpose("Tickets\u2066");

        assertThat(FinalReportRules.formatProblems(d))
                .extracting(ReportProblem::field, ReportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("place", de.kulturbuero.grants.shared.text.SingleLineText.REFUSED),
                        tuple("lines[0].label", de.kulturbuero.grants.shared.text.SingleLineText.REFUSED),
                        tuple("receipts[0].payee", de.kulturbuero.grants.shared.text.SingleLineText.REFUSED),
                        tuple("receipts[0].purpose", de.kulturbuero.grants.shared.text.SingleLineText.REFUSED));
    }

    @Test
    void removing_an_added_line_moves_the_receipts_of_later_lines_and_frees_its_own() {
        ReportDraft d = complete();
        d.getLines().add(1, Line.added(Kind.COST));
        d.getReceipts().get(2).setLine(2);
        d.getReceipts().getFirst().setLine(1);

        d.removeLine(1);

        assertThat(d.getReceipts()).extracting(Receipt::getLine).containsExactly(null, 0, 1);
        assertThatThrownBy(() -> d.removeLine(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void totals_add_planned_and_actual_figures_by_kind() {
        FinalReportRules.Totals totals = FinalReportRules.totals(complete());

        assertThat(totals.plannedCosts()).isEqualTo(eur("1200.00"));
        assertThat(totals.actualCosts()).isEqualTo(eur("1000.00"));
        assertThat(totals.plannedIncome()).isEqualTo(eur("500.00"));
        assertThat(totals.actualIncome()).isEqualTo(eur("500.00"));
    }
}
