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
    void names_criteria_and_booking_fields_refuse_line_breaks_and_direction_overrides() {
        ProgrammeForm f = valid();
        f.setNameDe("Kultur\nprojekte");
        f.setNameEn("Culture\u202Eprojects");
        f.getCriteria().getFirst().setNameEn("Quality\t");
        f.setBookingAccount("=1+2\r\n");

        assertThat(ProgrammeFormCheck.problems(f))
                .filteredOn(p -> p.messageKey().equals(de.kulturbuero.grants.shared.text.SingleLineText.REFUSED))
                .extracting(ProgrammeDataRejected.Problem::field)
                .containsExactlyInAnyOrder("nameDe", "nameEn", "criteria", "bookingAccount");
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

    @Test
    void a_new_programme_starts_with_the_default_payment_terms() {
        ProgrammeForm f = new ProgrammeForm();
        assertThat(f.getPaymentMode()).isEqualTo(PaymentMode.ON_REQUEST);
        assertThat(f.getHoldbackPercent()).isEqualByComparingTo("10");
        assertThat(f.getHoldbackPercent().toPlainString()).isEqualTo("10");
        assertThat(f.getDrawdownMonths()).isEqualTo(2);
        assertThat(f.paymentTerms()).isEqualTo(PaymentTerms.DEFAULTS);
    }

    @Test
    void the_payment_mode_is_required() {
        ProgrammeForm f = valid();
        f.setPaymentMode(null);
        assertThat(problems(f)).containsExactly("paymentMode programme.validation.required");
    }

    @Test
    void the_holdback_lies_between_zero_and_fifty_percent() {
        for (String ok : new String[] {"0", "0.0", "50", "50.0", "12.5", "7"}) {
            ProgrammeForm f = valid();
            f.setHoldbackPercent(new BigDecimal(ok));
            assertThat(keys(f)).as(ok).isEmpty();
        }
        for (String bad : new String[] {"-0.1", "50.1", "51", "100"}) {
            ProgrammeForm f = valid();
            f.setHoldbackPercent(new BigDecimal(bad));
            assertThat(problems(f)).as(bad).containsExactly("holdbackPercent programme.validation.holdback-range");
        }
        ProgrammeForm missing = valid();
        missing.setHoldbackPercent(null);
        assertThat(problems(missing)).containsExactly("holdbackPercent programme.validation.holdback-range");
    }

    @Test
    void the_holdback_has_at_most_one_decimal_place() {
        ProgrammeForm f = valid();
        f.setHoldbackPercent(new BigDecimal("12.50"));
        assertThat(keys(f)).as("a trailing zero is still one decimal place").isEmpty();
        f.setHoldbackPercent(new BigDecimal("12.25"));
        assertThat(problems(f)).containsExactly("holdbackPercent programme.validation.holdback-range");
    }

    @Test
    void the_holdback_is_stored_as_a_share_and_shown_again_in_percent() {
        ProgrammeForm f = valid();
        f.setHoldbackPercent(new BigDecimal("12.5"));
        assertThat(f.paymentTerms().holdbackShare()).isEqualTo(new BigDecimal("0.1250"));
        f.setHoldbackPercent(new BigDecimal("50"));
        PaymentTerms half = f.paymentTerms();
        assertThat(half.holdbackShare()).isEqualTo(new BigDecimal("0.5000"));

        ProgrammeForm reloaded = new ProgrammeForm();
        reloaded.fillPaymentFields(half);
        assertThat(reloaded.getHoldbackPercent().toPlainString())
                .as("no exponent in the field")
                .isEqualTo("50");
        f.setHoldbackPercent(new BigDecimal("12.5"));
        reloaded.fillPaymentFields(f.paymentTerms());
        assertThat(reloaded.getHoldbackPercent().toPlainString()).isEqualTo("12.5");
        ProgrammeForm zero = new ProgrammeForm();
        zero.setHoldbackPercent(BigDecimal.ZERO);
        ProgrammeForm zeroReloaded = new ProgrammeForm();
        zeroReloaded.fillPaymentFields(zero.paymentTerms());
        assertThat(zeroReloaded.getHoldbackPercent().toPlainString()).isEqualTo("0");
    }

    @Test
    void the_drawdown_window_lies_between_one_and_twelve_months() {
        for (int ok : new int[] {1, 12}) {
            ProgrammeForm f = valid();
            f.setDrawdownMonths(ok);
            assertThat(keys(f)).as("" + ok).isEmpty();
        }
        for (Integer bad : new Integer[] {0, 13, null}) {
            ProgrammeForm f = valid();
            f.setDrawdownMonths(bad);
            assertThat(problems(f)).as("" + bad).containsExactly("drawdownMonths programme.validation.drawdown-range");
        }
    }

    @Test
    void the_paragraphs_are_optional_and_fit_their_columns() {
        ProgrammeForm f = valid();
        f.setPaymentModeParagraph(null);
        f.setHoldbackParagraph("");
        f.setDrawdownParagraph("  ");
        assertThat(keys(f)).isEmpty();
        assertThat(f.paymentTerms().holdbackParagraph())
                .as("blank is stored as none")
                .isNull();

        f.setPaymentModeParagraph("x".repeat(300));
        f.setHoldbackParagraph("x".repeat(300));
        f.setDrawdownParagraph(" " + "x".repeat(300) + " ");
        assertThat(keys(f)).isEmpty();

        f.setPaymentModeParagraph("x".repeat(301));
        f.setHoldbackParagraph("x".repeat(301));
        f.setDrawdownParagraph("x".repeat(301));
        assertThat(problems(f))
                .containsExactly(
                        "paymentModeParagraph programme.validation.too-long",
                        "holdbackParagraph programme.validation.too-long",
                        "drawdownParagraph programme.validation.too-long");
        assertThat(ProgrammeFormCheck.problems(f).getFirst().args()).containsExactly(300);
    }

    @Test
    void the_booking_fields_are_optional_and_fit_their_columns() {
        ProgrammeForm f = valid();
        f.setBookingProduct("x".repeat(40));
        f.setBookingAccount("x".repeat(40));
        f.setBookingCostCentre("x".repeat(40));
        assertThat(keys(f)).isEmpty();

        f.setBookingProduct("x".repeat(41));
        f.setBookingAccount("x".repeat(41));
        f.setBookingCostCentre("x".repeat(41));
        assertThat(problems(f))
                .containsExactly(
                        "bookingProduct programme.validation.too-long",
                        "bookingAccount programme.validation.too-long",
                        "bookingCostCentre programme.validation.too-long");
        assertThat(ProgrammeFormCheck.problems(f).getFirst().args()).containsExactly(40);
    }

    /** "field key" of each problem, so a test also checks which field a message is shown at. */
    private static List<String> problems(ProgrammeForm f) {
        return ProgrammeFormCheck.problems(f).stream()
                .map(p -> p.field() + " " + p.messageKey())
                .toList();
    }
}
