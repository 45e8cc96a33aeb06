package de.kulturbuero.grants.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.ui.FinalReportView;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.payment.PaymentRuns;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.ReclaimSteps;
import de.kulturbuero.grants.review.ReportChecks;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.security.UserAdministration;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The check of a final report drawn for an in-depth check, without a browser: the figures follow
 * the recognised amount as the clerk types it, less than claimed is flagged, the check note and a
 * reason are asked for at their fields, and the completed check leaves the page for the inbox.
 */
@IntegrationTest
class ReportCheckViewsIT extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    PaymentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PaymentFixture(context);
        share("1");
    }

    @AfterEach
    void reset() {
        share("0.1");
    }

    private void share(String share) {
        jdbc.sql("UPDATE funding_programme SET check_sample_share = ? WHERE id = ?")
                .params(new BigDecimal(share), fixture.programmeId())
                .update();
    }

    /** An award of 2,000 € whose report (travel 4,500 €, own funds 2,500 €) passed the quick check. */
    private long atTheCheck() {
        long id = fixture.readyForPayment("2000.00");
        submitReport(id);
        fixture.users()
                .run(
                        PaymentFixture.CLERK,
                        () -> fixture.bean(ReportChecks.class)
                                .quickCheck(fixture.task(id, ProcessIds.TASK_QUICK_CHECK), false, null));
        fixture.runJobs(id);
        return id;
    }

    @Test
    @WithUserDetails(PaymentFixture.CLERK)
    void the_figures_follow_the_recognised_amount_and_the_check_needs_its_note_and_reason() {
        long id = atTheCheck();
        navigate(TaskView.class, fixture.task(id, ProcessIds.TASK_CHECK_REPORT));
        Component view = (Component) getCurrentView();
        Locale locale = view.getUI().orElseThrow().getLocale();

        BigDecimal drawn = jdbc.sql("SELECT drawn_value FROM report_depth_draw WHERE application_id = ?")
                .param(id)
                .query(BigDecimal.class)
                .single();
        assertThat($(Paragraph.class).id("check-depth").getText())
                .isEqualTo(view.getTranslation(
                        "review.check.depth.DRAWN",
                        Formats.money(new BigDecimal("2000.00"), locale),
                        Formats.money(new BigDecimal("5000.00"), locale),
                        drawn.toPlainString(),
                        "100"));
        assertThat(recomputed()).contains(Formats.money(new BigDecimal("2000.00"), locale));
        assertThat(balance()).contains(Formats.money(new BigDecimal("2000.00"), locale));

        // typed into the amount's text field, as the clerk does
        TextField typed = (TextField) $(MoneyField.class)
                .id("check-recognised-0")
                .getChildren()
                .findFirst()
                .orElseThrow();
        test(typed).setValue("4000");
        assertThat(recomputed())
                .as("500 € less recognised lowers the deficit grant by 500 €")
                .contains(Formats.money(new BigDecimal("1500.00"), locale));
        assertThat($(Div.class).id("check-figures").getElement().getTextRecursively())
                .contains(view.getTranslation(
                        "review.check.line-flagged",
                        "Train",
                        Formats.money(new BigDecimal("4500.00"), locale),
                        Formats.money(new BigDecimal("4500.00"), locale),
                        Formats.money(new BigDecimal("4000.00"), locale)));

        test($(Button.class).id("check-complete")).click();
        TextArea note = $(TextArea.class).id("check-note");
        assertThat(note.isInvalid()).as("the check note is required").isTrue();
        assertThat(getCurrentView()).isInstanceOf(TaskView.class);

        test(note).setValue("Vertieft geprüft.");
        test($(Button.class).id("check-complete")).click();
        assertThat(getCurrentView())
                .as("a cut without a reason stays on the page")
                .isInstanceOf(TaskView.class);
        assertThat(note.getErrorMessage()).isEqualTo(view.getTranslation("review.check.error.reason-missing"));

        test($(TextField.class).id("check-reason-0")).setValue("Erste Klasse");
        test($(Button.class).id("check-complete")).click();
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        assertThat(jdbc.sql("SELECT CONCAT(outcome, ' ', recomputed_grant) FROM report_check WHERE application_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("1,500 € recomputed, nothing paid yet: accepted, the rest to pay")
                .isEqualTo("ACCEPT 1500.00");
    }

    @Test
    @WithUserDetails(PaymentFixture.APPLICANT)
    void the_recipient_reads_the_office_request_for_corrections_and_responds_in_the_hearing_on_the_report_page() {
        long id = fixture.readyForPayment("2000.00");
        long payment = fixture.request(id, "1500.00");
        fixture.release(payment);
        fixture.users().run(PaymentFixture.FINANCE, () -> {
            PaymentRuns runs = fixture.bean(PaymentRuns.class);
            long run = runs.create(LocalDate.now().plusDays(1));
            runs.download(run, PaymentRuns.Format.PAIN_001);
            runs.execute(run, LocalDate.now());
        });
        fixture.runJobs(id);
        submitReport(id);
        ReportChecks checks = fixture.bean(ReportChecks.class);
        fixture.users()
                .run(
                        PaymentFixture.CLERK,
                        () -> checks.quickCheck(
                                fixture.task(id, ProcessIds.TASK_QUICK_CHECK), true, "Bitte die Belege nachreichen."));

        navigate(FinalReportView.class, id);
        assertThat($(Div.class).id("report-corrections").getElement().getTextRecursively())
                .contains("Bitte die Belege nachreichen.");

        submitReport(id);
        fixture.users()
                .run(
                        PaymentFixture.CLERK,
                        () -> checks.quickCheck(fixture.task(id, ProcessIds.TASK_QUICK_CHECK), false, null));
        fixture.runJobs(id);
        fixture.users()
                .run(
                        PaymentFixture.CLERK,
                        () -> checks.check(
                                fixture.task(id, ProcessIds.TASK_CHECK_REPORT),
                                java.util.Map.of(
                                        0, new ReportChecks.Recognised(new BigDecimal("3000.00"), "Erste Klasse")),
                                "Vertieft geprüft."));
        String second = "zweitpruefung-" + java.util.UUID.randomUUID() + "@stadt.example";
        fixture.users()
                .run(
                        PaymentFixture.ADMIN,
                        () -> fixture.bean(UserAdministration.class)
                                .invite(second, "Sven Zweitprüfung", java.util.Set.of(Roles.CLERK), "de"));
        fixture.users()
                .run(
                        second,
                        () -> fixture.bean(ReclaimSteps.class)
                                .confirm(fixture.task(id, ProcessIds.TASK_CONFIRM_RECLAIM)));
        // polled in the test's thread: the report is read as the signed-in applicant
        org.awaitility.Awaitility.await()
                .pollInSameThread()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> fixture.bean(FinalReports.class).open(id).hearingOpen());

        navigate(FinalReportView.class, id);
        assertThat($(Anchor.class).id("report-letter-HEARING").isVisible()).isTrue();
        assertThat($(Anchor.class).id("report-letter-CHECK_NOTE").isVisible()).isTrue();
        Button send = $(Button.class).id("report-hearing-send");
        test(send).click();
        TextArea response = $(TextArea.class).id("report-hearing-text");
        assertThat(response.isInvalid())
                .as("an empty response is refused at its field")
                .isTrue();

        test(response).setValue("Die zweite Klasse war ausgebucht.");
        test(send).click();
        assertThat(fixture.bean(FinalReports.class).open(id).office().hearingResponse())
                .isEqualTo("Die zweite Klasse war ausgebucht.");
        assertThat(fixture.task(id, ProcessIds.TASK_DECIDE_RECLAIM))
                .as("the response opens the decision")
                .isNotNull();
    }

    /** Anna submits the report: travel 4,500 €, own funds 2,500 €, one receipt each. */
    private void submitReport(long id) {
        FinalReports reports = fixture.bean(FinalReports.class);
        fixture.users().run(PaymentFixture.APPLICANT, () -> {
            ReportDraft d = reports.open(id).content();
            d.setCarriedOutAsPlanned(true);
            d.setActualStart(LocalDate.of(2026, 5, 4));
            d.setActualEnd(LocalDate.of(2026, 5, 12));
            d.setPlace("Hannover");
            d.setParticipantsLocal(10);
            d.setParticipantsPartner(10);
            d.setPartnerCityId(fixture.bean(ProgrammeService.class).activePartnerCities().stream()
                    .filter(c -> c.name().equals("Poznań"))
                    .findFirst()
                    .orElseThrow()
                    .id());
            d.setPartnerContribution("Gemeinsam geplant.");
            d.setPublicity("Pressemitteilung.");
            d.getLines().get(0).setActual(new BigDecimal("4500.00"));
            d.getLines().get(1).setActual(new BigDecimal("2500.00"));
            d.getReceipts().clear();
            d.getReceipts()
                    .add(new ReportDraft.Receipt(
                            LocalDate.of(2026, 4, 20), "Deutsche Bahn", "Fahrkarten", 0, new BigDecimal("4500.00")));
            d.getReceipts()
                    .add(new ReportDraft.Receipt(
                            LocalDate.of(2026, 5, 31), "Kulturverein", "Eigenmittel", 1, new BigDecimal("2500.00")));
            d.setDeclaredEconomical(true);
            d.setDeclaredReceiptsKept(true);
            reports.save(id, d);
            reports.submit(id, Locale.GERMAN);
        });
    }

    private String recomputed() {
        return $(Paragraph.class).id("check-total-recomputed").getText();
    }

    private String balance() {
        return $(Div.class).id("check-figures").getElement().getTextRecursively();
    }
}
