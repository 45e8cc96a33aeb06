package de.kulturbuero.grants.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

public class ProgrammeFormCheckTest {

    public static ProgrammeForm valid() {
        ProgrammeForm f = new ProgrammeForm();
        f.setNameDe("Kulturprojekte");
        f.setNameEn("Culture projects");
        f.setFinancingType(FinancingType.DEFICIT);
        f.setMaxGrant(new BigDecimal("5000"));
        f.setAnnualBudget(new BigDecimal("50000"));
        f.setDecisionThreshold(new BigDecimal("5000"));
        f.setMinLeadWeeks(6);
        f.setReferencePrefix("KP");
        f.getCriteria().add(new ProgrammeForm.CriterionLine(null, "Qualität", "Quality", 60));
        f.getCriteria().add(new ProgrammeForm.CriterionLine(null, "Wirkung", "Impact", 40));
        return f;
    }

    private static List<String> keys(ProgrammeForm f) {
        return ProgrammeFormCheck.problems(f).stream()
                .map(ProgrammeDataRejected.Problem::messageKey)
                .toList();
    }

    @Test
    void a_complete_programme_has_no_problems() {
        assertThat(keys(valid())).isEmpty();
    }

    @Test
    void an_open_ended_window_is_allowed_but_an_end_before_the_start_is_not() {
        ProgrammeForm f = valid();
        f.setWindowStart(LocalDate.of(2027, 1, 1));
        assertThat(keys(f)).isEmpty();
        f.setWindowEnd(LocalDate.of(2026, 12, 31));
        assertThat(keys(f)).containsExactly("programme.validation.window-end-before-start");
    }

    @Test
    void the_reference_prefix_must_be_short_capitals_starting_with_a_letter() {
        for (String bad : new String[] {"k", "1K", "KULTURPR", "K-P", ""}) {
            ProgrammeForm f = valid();
            f.setReferencePrefix(bad);
            assertThat(keys(f)).as(bad).containsExactly("programme.validation.prefix-format");
        }
        ProgrammeForm f = valid();
        f.setReferencePrefix("JB2");
        assertThat(keys(f)).isEmpty();
    }

    @Test
    void a_share_programme_needs_a_share_between_zero_and_a_hundred_percent() {
        ProgrammeForm f = valid();
        f.setFinancingType(FinancingType.SHARE);
        assertThat(keys(f)).containsExactly("programme.validation.share-range");
        f.setMaxSharePercent(new BigDecimal("120"));
        assertThat(keys(f)).containsExactly("programme.validation.share-range");
        f.setMaxSharePercent(new BigDecimal("75"));
        assertThat(keys(f)).isEmpty();
    }

    @Test
    void a_fixed_amount_must_not_exceed_the_maximum_grant() {
        ProgrammeForm f = valid();
        f.setFinancingType(FinancingType.FIXED);
        f.setFixedAmount(new BigDecimal("6000"));
        assertThat(keys(f)).containsExactly("programme.validation.fixed-above-max");
        f.setFixedAmount(new BigDecimal("2500"));
        assertThat(keys(f)).isEmpty();
    }

    @Test
    void criterion_weights_must_add_up_to_a_hundred() {
        ProgrammeForm f = valid();
        f.getCriteria().getFirst().setWeight(50);
        assertThat(keys(f)).containsExactly("programme.validation.criteria-sum");
    }

    @Test
    void a_year_can_have_only_one_budget() {
        ProgrammeForm f = valid();
        f.getBudgets().add(new ProgrammeForm.BudgetLine(2027, new BigDecimal("1000")));
        f.getBudgets().add(new ProgrammeForm.BudgetLine(2027, new BigDecimal("2000")));
        assertThat(keys(f)).containsExactly("programme.validation.budget-year-twice");
    }
}
