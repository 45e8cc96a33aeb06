package de.kulturbuero.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 31);

    @ParameterizedTest
    @CsvSource({
        "1234.55, 0.1000, 123.46", // 123.455 rounds half up
        "1234.54, 0.1000, 123.45",
        "5000.00, 0.1000, 500.00",
        "0.05,    0.1000, 0.01",
        "0.04,    0.1000, 0.00",
        "999.99,  0.0000, 0.00",
        "3333.33, 0.3333, 1111.00", // 1110.99889 → 1111.00
        "100.00,  1.0000, 100.00"
    })
    void the_holdback_is_rounded_to_the_cent_half_up(String granted, String share, String expected) {
        BigDecimal holdback = PaymentRules.holdback(new BigDecimal(granted), new BigDecimal(share));
        assertThat(holdback).isEqualTo(new BigDecimal(expected));
        assertThat(holdback.scale()).isEqualTo(2);
    }

    @Test
    void what_was_requested_before_counts_against_the_grant_less_the_holdback() {
        // 5,000 granted, 500 held back, 3,000 requested: 1,500 left
        PaymentRules.Situation s = situation(true, "3000.00");
        assertThat(s.available()).isEqualByComparingTo("1500.00");
        assertThat(problems(s, "1500.00", TODAY.plusDays(1))).isEmpty();
        assertThat(problems(s, "1500.01", TODAY.plusDays(1))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(PaymentRules.FIELD_AMOUNT);
            assertThat(p.messageKey()).isEqualTo("payment.request.error.over-available");
            assertThat(p.args()[0]).isEqualTo(new BigDecimal("1500.00"));
        });
    }

    @Test
    void nothing_is_available_once_everything_before_the_report_was_requested() {
        PaymentRules.Situation s = situation(true, "4500.00");
        assertThat(s.available()).isEqualByComparingTo("0");
        assertThat(keys(problems(s, "0.01", TODAY))).containsExactly("payment.request.error.over-available");
    }

    @Test
    void the_needed_by_date_must_lie_within_the_drawdown_window() {
        PaymentRules.Situation s = situation(true, "0.00");
        // two months from 31 March is 31 May; 1 June is one day too late
        assertThat(PaymentRules.latestNeededBy(TODAY, 2)).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(problems(s, "100.00", LocalDate.of(2027, 5, 31))).isEmpty();
        assertThat(problems(s, "100.00", TODAY)).isEmpty();
        List<PaymentProblem> late = problems(s, "100.00", LocalDate.of(2027, 6, 1));
        assertThat(keys(late)).containsExactly("payment.request.error.needed-by-window");
        assertThat(late.getFirst().args()).contains(2, LocalDate.of(2027, 5, 31), "Nr. 1.4 ANBest-P");
        assertThat(keys(problems(s, "100.00", TODAY.minusDays(1))))
                .containsExactly("payment.request.error.needed-by-past");
    }

    @Test
    void no_request_before_finality_nor_after_the_final_report() {
        assertThat(keys(problems(situation(false, "0.00"), "100.00", TODAY)))
                .containsExactly("payment.request.error.not-final");
        PaymentRules.Situation reported = new PaymentRules.Situation(
                true, true, new BigDecimal("5000.00"), new BigDecimal("500.00"), BigDecimal.ZERO, 2, "§ H", "§ D");
        assertThat(keys(problems(reported, "100.00", TODAY))).containsExactly("payment.request.error.after-report");
    }

    @Test
    void the_amount_must_be_positive_and_in_cents() {
        PaymentRules.Situation s = situation(true, "0.00");
        assertThat(keys(problems(s, null, TODAY))).containsExactly("payment.request.error.amount-missing");
        assertThat(keys(problems(s, "0.00", TODAY))).containsExactly("payment.request.error.amount-positive");
        assertThat(keys(problems(s, "-1.00", TODAY))).containsExactly("payment.request.error.amount-positive");
        assertThat(keys(problems(s, "10.005", TODAY))).containsExactly("payment.request.error.amount-cents");
        assertThat(problems(s, "10.500", TODAY)).isEmpty();
    }

    private static PaymentRules.Situation situation(boolean isFinal, String requested) {
        return new PaymentRules.Situation(
                isFinal,
                false,
                new BigDecimal("5000.00"),
                new BigDecimal("500.00"),
                new BigDecimal(requested),
                2,
                "Nr. 1.4 ANBest-P (holdback)",
                "Nr. 1.4 ANBest-P");
    }

    private static List<PaymentProblem> problems(PaymentRules.Situation s, String amount, LocalDate neededBy) {
        return PaymentRules.checkRequest(s, amount == null ? null : new BigDecimal(amount), neededBy, TODAY);
    }

    private static List<String> keys(List<PaymentProblem> problems) {
        return problems.stream().map(PaymentProblem::messageKey).toList();
    }
}
