package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inbox's address for links from other modules (the dashboard's overdue tasks) and back. */
class InboxQueryTest {

    @Test
    void the_overdue_query_of_a_year_covers_its_calendar_days_and_survives_the_address() {
        InboxQuery overdue = InboxQuery.overdue(7, 2026);
        assertThat(overdue.tab()).isEqualTo(InboxQuery.Tab.OVERDUE);
        assertThat(overdue.submittedFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(overdue.submittedTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(overdue.location())
                .isEqualTo("inbox?tab=overdue&programme=7&submittedFrom=2026-01-01&submittedTo=2026-12-31");
        assertThat(overdue.withTab(InboxQuery.Tab.MINE).queryString())
                .as("the inbox's tab links: another tab, the same filters")
                .isEqualTo("tab=mine&programme=7&submittedFrom=2026-01-01&submittedTo=2026-12-31");

        InboxQuery back = InboxQuery.fromParameters(Map.of(
                "tab",
                List.of("overdue"),
                "programme",
                List.of("7"),
                "submittedFrom",
                List.of("2026-01-01"),
                "submittedTo",
                List.of("2026-12-31")));
        assertThat(back).isEqualTo(overdue);
    }

    @Test
    void unreadable_parameters_are_no_filter() {
        InboxQuery q = InboxQuery.fromParameters(Map.of(
                "tab",
                List.of("nonsense"),
                "programme",
                List.of("x"),
                "submittedFrom",
                List.of("31.12.2026"),
                "submittedTo",
                List.of()));
        assertThat(q)
                .isEqualTo(new InboxQuery(
                        null, null, null, null, null, null, null, null, null, InboxQuery.Sort.CREATED, false));
        assertThat(InboxQuery.of(InboxQuery.Tab.MINE).location()).isEqualTo("inbox?tab=mine");
    }

    @Test
    void dates_beyond_the_year_9999_and_ids_beyond_a_long_are_no_filter() {
        InboxQuery q = InboxQuery.fromParameters(Map.of(
                "submittedFrom",
                List.of("+999999999-12-31"),
                "submittedTo",
                List.of("-999999999-01-01"),
                "programme",
                List.of("99999999999999999999")));
        assertThat(q.submittedFrom()).isNull();
        assertThat(q.submittedTo()).isNull();
        assertThat(q.programmeId()).isNull();

        InboxQuery edges = InboxQuery.fromParameters(
                Map.of("submittedFrom", List.of("0001-01-01"), "submittedTo", List.of("9999-12-31")));
        assertThat(edges.submittedFrom()).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(edges.submittedTo()).isEqualTo(LocalDate.of(9999, 12, 31));
    }
}
