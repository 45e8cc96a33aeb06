package de.kulturbuero.grants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.grantapplication.ApplicationDraft.CostLine;
import de.kulturbuero.grants.grantapplication.ApplicationDraft.IncomeLine;
import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.programme.FinancingType;
import de.kulturbuero.grants.programme.ProgrammeTerms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FinancingRulesTest {

    static final ProgrammeTerms DEFICIT =
            new ProgrammeTerms(1, FinancingType.DEFICIT, new BigDecimal("10000.00"), null, null, 6, null, null);
    static final ProgrammeTerms SHARE = new ProgrammeTerms(
            2, FinancingType.SHARE, new BigDecimal("8000.00"), new BigDecimal("0.7500"), null, 6, null, null);
    static final ProgrammeTerms FIXED = new ProgrammeTerms(
            3, FinancingType.FIXED, new BigDecimal("5000.00"), null, new BigDecimal("2000.00"), 6, null, null);

    static CostLine cost(String amount) {
        return new CostLine(CostCategory.FEES, "Fees", new BigDecimal(amount), true);
    }

    static CostLine nonEligible(String amount) {
        return new CostLine(CostCategory.OTHER, "Catering", new BigDecimal(amount), false);
    }

    static IncomeLine own(String amount) {
        return new IncomeLine(IncomeKind.OWN_FUNDS, "Own", new BigDecimal(amount), null);
    }

    static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    static List<Problem> check(List<CostLine> costs, List<IncomeLine> income, String grant, ProgrammeTerms terms) {
        return FinancingRules.check(costs, income, grant == null ? null : new BigDecimal(grant), terms);
    }

    @Nested
    class Totals {
        @Test
        void total_costs_count_every_line_and_eligible_costs_only_the_eligible_ones() {
            var t = FinancingRules.totals(
                    List.of(cost("1000"), nonEligible("200.50")),
                    List.of(own("300")),
                    new BigDecimal("900.50"),
                    DEFICIT);
            assertThat(t.totalCosts()).isEqualByComparingTo("1200.50");
            assertThat(t.eligibleCosts()).isEqualByComparingTo("1000");
            assertThat(t.income()).isEqualByComparingTo("300");
            assertThat(t.difference()).isEqualByComparingTo("0");
            assertThat(t.balanced()).isTrue();
        }

        @Test
        void lines_without_an_amount_count_as_zero_in_the_live_totals() {
            var t = FinancingRules.totals(
                    List.of(new CostLine(), cost("100")), List.of(new IncomeLine()), null, DEFICIT);
            assertThat(t.totalCosts()).isEqualByComparingTo("100");
            assertThat(t.difference()).isEqualByComparingTo("100");
            assertThat(t.balanced()).isFalse();
        }

        @Test
        void grant_limit_without_terms_is_unknown() {
            assertThat(FinancingRules.totals(List.of(cost("100")), List.of(), null, null)
                            .grantLimit())
                    .isNull();
        }
    }

    @Nested
    class Balance {
        @Test
        void a_plan_that_balances_to_the_cent_passes() {
            assertThat(check(List.of(cost("1000.01")), List.of(own("0.01")), "1000.00", DEFICIT))
                    .isEmpty();
        }

        @Test
        void one_cent_uncovered_is_refused_with_the_gap() {
            List<Problem> problems = check(List.of(cost("1000.01")), List.of(own("0.01")), "999.99", DEFICIT);
            assertThat(keys(problems)).containsExactly("grantapplication.financing.unbalanced-gap");
            assertThat(problems.getFirst().field()).isEqualTo("requestedGrant");
            assertThat((BigDecimal) problems.getFirst().args()[0]).isEqualByComparingTo("0.01");
        }

        @Test
        void one_cent_too_much_is_refused_as_surplus() {
            List<Problem> problems = check(List.of(cost("1000")), List.of(own("0.01")), "1000.00", SHARE_FREE);
            assertThat(keys(problems)).contains("grantapplication.financing.unbalanced-surplus");
            assertThat((BigDecimal) problems.getFirst().args()[0]).isEqualByComparingTo("0.01");
        }

        static final ProgrammeTerms SHARE_FREE = new ProgrammeTerms(
                9, FinancingType.SHARE, new BigDecimal("99999"), BigDecimal.ONE, null, 6, null, null);
    }

    @Nested
    class Grant {
        @Test
        void a_missing_grant_is_reported() {
            assertThat(keys(check(List.of(cost("100")), List.of(), null, DEFICIT)))
                    .containsExactly("grantapplication.financing.grant-required");
        }

        @Test
        void a_zero_grant_is_refused() {
            assertThat(keys(check(List.of(cost("100")), List.of(own("100")), "0", DEFICIT)))
                    .containsExactly("grantapplication.financing.grant-positive");
        }

        @Test
        void the_grant_may_equal_the_programme_maximum() {
            assertThat(check(List.of(cost("10000")), List.of(), "10000.00", DEFICIT))
                    .isEmpty();
        }

        @Test
        void one_cent_above_the_programme_maximum_is_refused() {
            assertThat(keys(check(List.of(cost("10000.01")), List.of(), "10000.01", DEFICIT)))
                    .containsExactly("grantapplication.financing.above-max");
        }
    }

    @Nested
    class Deficit {
        @Test
        void income_covers_the_non_eligible_costs_first_so_the_grant_may_cover_all_eligible_costs() {
            // 1000 eligible + 300 non-eligible, income 300 pays the non-eligible part, grant 1000
            assertThat(check(List.of(cost("1000"), nonEligible("300")), List.of(own("300")), "1000", DEFICIT))
                    .isEmpty();
        }

        @Test
        void the_grant_never_pays_non_eligible_costs() {
            // income 200 does not cover the 300 non-eligible: grant 1100 would pay 100 of them
            List<Problem> problems =
                    check(List.of(cost("1000"), nonEligible("300")), List.of(own("200")), "1100", DEFICIT);
            assertThat(keys(problems)).containsExactly("grantapplication.financing.above-deficit");
            assertThat((BigDecimal) problems.getFirst().args()[0]).isEqualByComparingTo("1000");
        }

        @Test
        void without_non_eligible_costs_the_deficit_is_eligible_costs_minus_income() {
            assertThat(FinancingRules.deficit(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("250")))
                    .isEqualByComparingTo("750");
        }

        @Test
        void income_above_all_costs_leaves_no_deficit() {
            assertThat(FinancingRules.deficit(new BigDecimal("1000"), new BigDecimal("100"), new BigDecimal("5000")))
                    .isEqualByComparingTo("0");
        }
    }

    @Nested
    class Share {
        @Test
        void the_grant_may_be_exactly_the_maximum_share_of_eligible_costs() {
            assertThat(check(List.of(cost("1000")), List.of(own("250")), "750", SHARE))
                    .isEmpty();
        }

        @Test
        void one_cent_above_the_share_is_refused_with_percent_and_cap() {
            List<Problem> problems = check(List.of(cost("1000")), List.of(own("249.99")), "750.01", SHARE);
            assertThat(keys(problems)).containsExactly("grantapplication.financing.above-share");
            assertThat(problems.getFirst().args()[0]).isEqualTo("75");
            assertThat((BigDecimal) problems.getFirst().args()[1]).isEqualByComparingTo("750");
        }

        @Test
        void the_share_cap_is_rounded_down_to_the_cent() {
            assertThat(FinancingRules.shareCap(SHARE, new BigDecimal("333.33"))).isEqualByComparingTo("249.99");
        }

        @Test
        void non_eligible_costs_do_not_raise_the_share() {
            List<Problem> problems =
                    check(List.of(cost("1000"), nonEligible("1000")), List.of(own("1200")), "800", SHARE);
            assertThat(keys(problems)).containsExactly("grantapplication.financing.above-share");
        }

        @Test
        void the_programme_maximum_applies_on_top_of_the_share() {
            List<Problem> problems = check(List.of(cost("20000")), List.of(own("11000")), "9000", SHARE);
            assertThat(keys(problems)).containsExactly("grantapplication.financing.above-max");
        }
    }

    @Nested
    class Fixed {
        @Test
        void the_grant_must_be_exactly_the_fixed_amount() {
            assertThat(check(List.of(cost("3000")), List.of(own("1000")), "2000", FIXED))
                    .isEmpty();
            assertThat(keys(check(List.of(cost("3000")), List.of(own("1000.01")), "1999.99", FIXED)))
                    .containsExactly("grantapplication.financing.not-fixed");
        }

        @Test
        void the_fixed_amount_may_equal_the_eligible_costs_but_not_exceed_them() {
            assertThat(check(List.of(cost("2000")), List.of(), "2000", FIXED)).isEmpty();
            assertThat(keys(check(List.of(cost("1999.99"), nonEligible("0.01")), List.of(), "2000", FIXED)))
                    .containsExactly("grantapplication.financing.fixed-above-eligible");
        }

        @Test
        void the_grant_limit_of_a_fixed_programme_is_the_fixed_amount_or_the_eligible_costs() {
            assertThat(FinancingRules.totals(List.of(cost("1500")), List.of(), null, FIXED)
                            .grantLimit())
                    .isEqualByComparingTo("1500");
            assertThat(FinancingRules.totals(List.of(cost("3000")), List.of(), null, FIXED)
                            .grantLimit())
                    .isEqualByComparingTo("2000");
        }
    }

    @Nested
    class Lines {
        @Test
        void a_plan_needs_at_least_one_cost_line() {
            assertThat(keys(check(List.of(), List.of(), "100", DEFICIT)))
                    .contains("grantapplication.financing.no-costs");
        }

        @Test
        void incomplete_lines_are_reported_with_their_position_and_field() {
            List<Problem> problems = check(
                    List.of(cost("100"), new CostLine(null, " ", null, true)),
                    List.of(new IncomeLine(IncomeKind.THIRD_PARTY_FUNDS, "Foundation", new BigDecimal("50"), null)),
                    "50",
                    DEFICIT);
            assertThat(problems)
                    .extracting(Problem::field)
                    .contains(
                            "costLines[1].category",
                            "costLines[1].description",
                            "costLines[1].amount",
                            "incomeLines[0].status");
            assertThat(problems.stream()
                            .filter(p -> p.field().equals("costLines[1].amount"))
                            .findFirst()
                            .orElseThrow()
                            .args())
                    .containsExactly(2);
        }

        @Test
        void own_funds_need_no_status_but_other_public_and_third_party_funds_do() {
            assertThat(IncomeKind.OWN_FUNDS.needsStatus()).isFalse();
            assertThat(IncomeKind.PARTICIPANT_FEES.needsStatus()).isFalse();
            assertThat(IncomeKind.OTHER_PUBLIC_FUNDS.needsStatus()).isTrue();
            assertThat(IncomeKind.THIRD_PARTY_FUNDS.needsStatus()).isTrue();
            assertThat(check(
                            List.of(cost("100")),
                            List.of(new IncomeLine(
                                    IncomeKind.OTHER_PUBLIC_FUNDS,
                                    "Land",
                                    new BigDecimal("50"),
                                    FundingStatus.APPLIED)),
                            "50",
                            DEFICIT))
                    .isEmpty();
        }

        @Test
        void a_zero_or_negative_line_amount_is_refused() {
            assertThat(keys(check(List.of(cost("0"), cost("100")), List.of(), "100", DEFICIT)))
                    .containsExactly("grantapplication.financing.line-amount-positive");
        }
    }
}
