package de.kulturbuero.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.payment.AppealWaivers;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.BankDetailsEntry;
import de.kulturbuero.grants.payment.PaymentRequesting;
import de.kulturbuero.grants.payment.PaymentRuns;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.CaseFiles;
import de.kulturbuero.grants.review.ContentReviewing;
import de.kulturbuero.grants.review.Deciding;
import de.kulturbuero.grants.review.FormalChecks;
import de.kulturbuero.grants.review.PaymentChecks;
import de.kulturbuero.grants.review.PaymentOrders;
import de.kulturbuero.grants.review.TaskPages;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo grants reach the states the README promises, through the real use cases, once. */
@IntegrationTest
class DemoCasesIT {

    @Test
    void the_demo_grants_wait_in_the_three_states_of_the_money_phase_and_are_made_only_once(ApplicationContext c) {
        TestUsers.useStrategyOf(c);
        DemoCases demo = new DemoCases(
                c.getBean(UserDetailsService.class),
                c.getBean(ProgrammeService.class),
                c.getBean(GrantApplicationService.class),
                c.getBean(FormalChecks.class),
                c.getBean(ContentReviewing.class),
                c.getBean(Deciding.class),
                c.getBean(TaskPages.class),
                c.getBean(CaseFiles.class),
                new DemoPayments(
                        c.getBean(AwardOverview.class),
                        c.getBean(AppealWaivers.class),
                        c.getBean(BankDetailsEntry.class),
                        c.getBean(PaymentRequesting.class),
                        c.getBean(PaymentChecks.class),
                        c.getBean(PaymentOrders.class),
                        c.getBean(CaseFiles.class)));
        TestUsers users = c.getBean(TestUsers.class);
        AwardOverview awards = c.getBean(AwardOverview.class);

        assertThat(demo.createIfAbsent()).isTrue();
        assertThat(demo.createIfAbsent()).as("a second start adds nothing").isFalse();

        users.run(TestUsers.ANNA, () -> {
            AwardOverview.View notFinal =
                    awards.of(mine(c, DemoCases.NOT_FINAL).id()).orElseThrow();
            assertThat(notFinal.isFinal()).isFalse();
            AwardOverview.View ordered =
                    awards.of(mine(c, DemoCases.ORDERED).id()).orElseThrow();
            assertThat(ordered.payments())
                    .extracting(PaymentRows.Row::status)
                    .containsExactly(PaymentRows.Status.ORDERED);
        });
        users.run(TestUsers.BEN, () -> {
            AwardOverview.View requested =
                    awards.of(mine(c, DemoCases.REQUESTED).id()).orElseThrow();
            assertThat(requested.payments())
                    .extracting(PaymentRows.Row::status)
                    .containsExactly(PaymentRows.Status.REQUESTED);
        });
        users.run(
                "finn@example.org",
                () -> assertThat(c.getBean(PaymentRuns.class).waiting())
                        .extracting(PaymentRuns.Payment::amount)
                        .anySatisfy(a -> assertThat(a).isEqualByComparingTo("2700.00")));
    }

    private static ApplicationSummary mine(ApplicationContext c, String title) {
        return c.getBean(GrantApplicationService.class).myApplications().stream()
                .filter(a -> title.equals(a.title()))
                .findFirst()
                .orElseThrow();
    }
}
