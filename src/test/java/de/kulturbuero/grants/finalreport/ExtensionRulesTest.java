package de.kulturbuero.grants.finalreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionRulesTest {

    private static final LocalDate DUE = LocalDate.of(2027, 8, 31);

    private static List<String> keys(List<ReportProblem> problems) {
        return problems.stream().map(ReportProblem::messageKey).toList();
    }

    @Test
    void a_date_after_the_due_date_up_to_the_same_day_months_later_with_a_reason_is_accepted() {
        // 31 August + 6 months = 29 February 2028 (a leap year's month end)
        assertThat(ExtensionRules.latest(DUE, 6)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ExtensionRules.checkRequest(DUE, DUE.plusDays(1), "Belege fehlen", 6, false))
                .isEmpty();
        assertThat(ExtensionRules.checkRequest(DUE, LocalDate.of(2028, 2, 29), "Belege fehlen", 6, false))
                .isEmpty();
    }

    @Test
    void the_due_date_itself_a_day_past_the_limit_and_a_missing_or_long_reason_are_refused_at_their_fields() {
        assertThat(ExtensionRules.checkRequest(DUE, DUE, "x", 6, false))
                .extracting(ReportProblem::field, ReportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("date", "finalreport.extension.error.date-not-after"));
        assertThat(keys(ExtensionRules.checkRequest(DUE, LocalDate.of(2028, 3, 1), "x", 6, false)))
                .containsExactly("finalreport.extension.error.date-too-late");
        assertThat(keys(ExtensionRules.checkRequest(DUE, null, " ", 6, false)))
                .containsExactly(
                        "finalreport.extension.error.date-missing", "finalreport.extension.error.reason-missing");
        assertThat(keys(ExtensionRules.checkRequest(DUE, DUE.plusDays(1), "x".repeat(1001), 6, false)))
                .containsExactly("finalreport.extension.error.reason-too-long");
        assertThat(ExtensionRules.checkRequest(DUE, DUE.plusDays(1), " " + "x".repeat(1000) + " ", 6, false))
                .as("counted without the blanks around it")
                .isEmpty();
    }

    @Test
    void an_open_request_or_a_missing_due_date_refuses_before_anything_else() {
        assertThat(keys(ExtensionRules.checkRequest(DUE, null, null, 6, true)))
                .containsExactly("finalreport.extension.error.open");
        assertThat(keys(ExtensionRules.checkRequest(null, DUE, "x", 6, false)))
                .containsExactly("finalreport.extension.error.no-due-date");
    }

    @Test
    void the_clerk_may_grant_the_due_date_itself_or_later_but_not_earlier_and_refuses_only_with_a_reason() {
        assertThat(ExtensionRules.checkGrant(DUE, DUE)).isEmpty();
        assertThat(ExtensionRules.checkGrant(DUE, DUE.plusYears(1))).isEmpty();
        assertThat(keys(ExtensionRules.checkGrant(DUE, DUE.minusDays(1))))
                .containsExactly("finalreport.extension.error.grant-before-due");
        assertThat(keys(ExtensionRules.checkGrant(DUE, null)))
                .containsExactly("finalreport.extension.error.date-missing");
        assertThat(keys(ExtensionRules.checkRefusal("")))
                .containsExactly("finalreport.extension.error.refusal-missing");
        assertThat(ExtensionRules.checkRefusal("Frist war großzügig")).isEmpty();
    }
}
