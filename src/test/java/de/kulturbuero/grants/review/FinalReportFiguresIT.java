package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.payment.PaymentFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's final-report figures follow the year's grants from the awaited report to the reclaim. */
@IntegrationTest
class FinalReportFiguresIT {

    private final PaymentFixture fixture;
    private final FinalReportFigures figures;
    private final TestUsers users;
    private final JdbcClient jdbc;

    @Autowired
    FinalReportFiguresIT(ApplicationContext context, FinalReportFigures figures, TestUsers users, JdbcClient jdbc) {
        this.fixture = new PaymentFixture(context);
        this.figures = figures;
        this.users = users;
        this.jdbc = jdbc;
    }

    private FinalReportFigures.Totals now() {
        int year = ApprovedGrants.budgetYear(Instant.now());
        return users.as(TestUsers.HANNA, () -> figures.of(fixture.programmeId(), year));
    }

    @Test
    void an_approved_grant_awaits_its_report_then_is_in_check_then_reclaimed_with_interest() {
        FinalReportFigures.Totals before = now();
        long id = fixture.approved("2000.00");
        FinalReportFigures.Totals approved = now();
        assertThat(approved.awaited()).isEqualTo(before.awaited() + 1);

        jdbc.sql("UPDATE grant_application SET status = 'REPORT_CHECK' WHERE id = ?")
                .param(id)
                .update();
        FinalReportFigures.Totals inCheck = now();
        assertThat(inCheck.awaited()).isEqualTo(before.awaited());
        assertThat(inCheck.inCheck()).isEqualTo(before.inCheck() + 1);

        jdbc.sql("INSERT INTO reclaim (application_id, proposed, amount, interest, interest_waived, decided_at)"
                        + " VALUES (?, 250.00, 200.00, 3.21, FALSE, CURRENT_TIMESTAMP(6))")
                .param(id)
                .update();
        jdbc.sql("UPDATE grant_application SET status = 'CLOSED' WHERE id = ?")
                .param(id)
                .update();
        FinalReportFigures.Totals closed = now();
        assertThat(closed.inCheck()).isEqualTo(before.inCheck());
        assertThat(closed.closed()).isEqualTo(before.closed() + 1);
        assertThat(closed.reclaimed()).isEqualByComparingTo(before.reclaimed().add(new java.math.BigDecimal("200.00")));
        assertThat(closed.interest()).isEqualByComparingTo(before.interest().add(new java.math.BigDecimal("3.21")));
    }
}
