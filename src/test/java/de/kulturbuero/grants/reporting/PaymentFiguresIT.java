package de.kulturbuero.grants.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.payment.PaymentFigures;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.payment.PaymentRuns;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The money figures of the dashboard and the yearly report, from awards and payments made
 * through the real review, award and payment use cases ({@link PaymentFixture}). The fixture's
 * programme is shared with the other payment tests, whose grants of this year count too, so the
 * test compares the figures before and after its own grants, to the cent.
 */
@IntegrationTest
class PaymentFiguresIT {

    private PaymentFixture fixture;
    private TestUsers users;
    private ReportingService reporting;
    private YearlyReport yearlyReport;
    private long programme;

    @BeforeEach
    void wire(ApplicationContext context) {
        fixture = new PaymentFixture(context);
        users = fixture.users();
        reporting = context.getBean(ReportingService.class);
        yearlyReport = context.getBean(YearlyReport.class);
        programme = fixture.programmeId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void granted_paid_outstanding_and_held_back_follow_the_awards_and_paid_payments_of_the_year() {
        int year = ApprovedGrants.budgetYear(Instant.now());
        PaymentFigures.Totals before = totals(year);
        PaymentFigures.Totals yearBefore = totals(year - 1);

        // 5,000 granted (holdback 10 % = 500), 3,000 of it paid, 1,000 more requested but not paid
        long paidOut = fixture.readyForPayment("5000.00");
        long payment = fixture.request(paidOut, "3000.00");
        fixture.release(payment);
        fixture.runJobs(paidOut);
        fixture.request(paidOut, "1000.00");
        // 2,000 granted (holdback 200), not final yet: nothing can be paid
        fixture.approved("2000.00");

        PaymentRuns runs = fixture.bean(PaymentRuns.class);
        BigDecimal paidInRun = users.as(PaymentFixture.FINANCE, () -> {
            long run = runs.create(LocalDate.now().plusDays(1));
            runs.download(run, PaymentRuns.Format.PAIN_001);
            runs.execute(run, LocalDate.now());
            PaymentRuns.Run executed = runs.run(run);
            assertThat(executed.payments()).extracting(PaymentRuns.Payment::id).contains(payment);
            // a run takes every ordered payment, also ones other tests left behind (all IK, all of this year)
            return executed.total();
        });
        fixture.runJobs(paidOut);

        PaymentFigures.Totals after = totals(year);
        assertThat(after.granted().subtract(before.granted())).isEqualTo(new BigDecimal("7000.00"));
        assertThat(paidInRun).isGreaterThanOrEqualTo(new BigDecimal("3000.00"));
        assertThat(after.paid().subtract(before.paid())).isEqualTo(paidInRun.setScale(2));
        assertThat(after.outstanding()).isEqualTo(after.granted().subtract(after.paid()));
        assertThat(after.outstanding().subtract(before.outstanding()))
                .isEqualTo(new BigDecimal("7000.00").subtract(paidInRun).setScale(2));
        assertThat(after.heldBack().subtract(before.heldBack()))
                .as("no final report is checked yet: every award's holdback is held back")
                .isEqualTo(new BigDecimal("700.00"));
        assertThat(totals(year - 1))
                .as("grants decided this year do not count in the year before")
                .isEqualTo(yearBefore);

        String pdf = users.as(TestUsers.HANNA, () -> text(yearlyReport.pdf(programme, year, Locale.ENGLISH)));
        assertThat(pdf)
                .contains("Payments on the grants decided in " + year)
                .contains("outstanding (granted less paid)", "held back until the final report is checked")
                .contains(
                        Formats.money(after.granted(), Locale.ENGLISH),
                        Formats.money(after.paid(), Locale.ENGLISH),
                        Formats.money(after.outstanding(), Locale.ENGLISH),
                        Formats.money(after.heldBack(), Locale.ENGLISH));
    }

    @Test
    void a_programme_year_without_awards_has_zero_figures() {
        PaymentFigures.Totals none = users.as(TestUsers.HANNA, () -> reporting.figures(programme, 2001))
                .payments();
        assertThat(none).isEqualTo(PaymentFigures.Totals.NONE);
        assertThat(none.granted()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void clerks_and_applicants_do_not_read_the_money_figures() {
        PaymentFigures figures = fixture.bean(PaymentFigures.class);
        for (String who : new String[] {TestUsers.CLARA, TestUsers.ANNA}) {
            assertThatThrownBy(() -> users.as(who, () -> figures.of(programme, 2026)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.as(PaymentFixture.FINANCE, () -> figures.of(programme, 2001)))
                .isEqualTo(PaymentFigures.Totals.NONE);
    }

    private PaymentFigures.Totals totals(int year) {
        return users.as(
                TestUsers.HANNA, () -> reporting.figures(programme, year).payments());
    }

    private static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
