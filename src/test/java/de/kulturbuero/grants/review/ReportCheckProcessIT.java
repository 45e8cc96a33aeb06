package de.kulturbuero.grants.review;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.CLARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.finalreport.FinalReport;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.ReportDraft.Receipt;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.security.UserAdministration;
import de.kulturbuero.grants.settlement.ReclaimInterest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The check of the final report in processes/grant-settlement.bpmn20.xml, on awards the real
 * review produced, driven through the portal's own use cases (the report page's service, the
 * clerk's, the second officer's and the cash office's steps); one test per route. The fixture's
 * plan for a grant G is travel 2G + 500 (eligible costs) and own funds G + 500 (income), deficit
 * financing; the programme's check terms are set per test and reset afterwards.
 */
@IntegrationTest
@RecordApplicationEvents
class ReportCheckProcessIT {

    private final PaymentFixture fixture;
    private final TestUsers users;
    private final FinalReports reports;
    private final ReportChecks checks;
    private final ReclaimSteps reclaims;
    private final ReportCheckRows rows;
    private final JdbcClient jdbc;
    private final HistoryService history;
    private final ManagementService management;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    ReportCheckProcessIT(ApplicationContext context, JdbcClient jdbc) {
        this.fixture = new PaymentFixture(context);
        this.users = fixture.users();
        this.reports = context.getBean(FinalReports.class);
        this.checks = context.getBean(ReportChecks.class);
        this.reclaims = context.getBean(ReclaimSteps.class);
        this.rows = context.getBean(ReportCheckRows.class);
        this.jdbc = jdbc;
        this.history = context.getBean(HistoryService.class);
        this.management = context.getBean(ManagementService.class);
    }

    @BeforeEach
    void defaults() {
        terms("5000.00", "0.1");
    }

    @AfterEach
    void reset() {
        terms("5000.00", "0.1");
        TestUsers.signOut();
    }

    private void terms(String threshold, String share) {
        jdbc.sql("UPDATE funding_programme SET check_in_depth_threshold = ?, check_sample_share = ? WHERE id = ?")
                .params(new BigDecimal(threshold), new BigDecimal(share), fixture.programmeId())
                .update();
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    /** A final report with these actual figures, one receipt per line, submitted by Anna. */
    private void submit(long id, String travel, String ownFunds) {
        users.run(ANNA, () -> {
            ReportDraft d = reports.open(id).content();
            fill(d, travel, ownFunds);
            d.setPartnerCityId(fixture.bean(ProgrammeService.class).activePartnerCities().stream()
                    .filter(c -> c.name().equals("Poznań"))
                    .findFirst()
                    .orElseThrow()
                    .id());
            reports.save(id, d);
            reports.submit(id, Locale.GERMAN);
        });
    }

    private static void fill(ReportDraft d, String travel, String ownFunds) {
        d.setCarriedOutAsPlanned(true);
        d.setActualStart(LocalDate.of(2026, 5, 4));
        d.setActualEnd(LocalDate.of(2026, 5, 12));
        d.setPlace("Hannover");
        d.setParticipantsLocal(10);
        d.setParticipantsPartner(10);
        d.setPartnerContribution("Gemeinsam geplant.");
        d.setPublicity("Pressemitteilung.");
        d.getLines().get(0).setActual(eur(travel));
        d.getLines().get(1).setActual(eur(ownFunds));
        d.getReceipts().clear();
        d.getReceipts().add(new Receipt(LocalDate.of(2026, 4, 20), "Deutsche Bahn", "Fahrkarten", 0, eur(travel)));
        d.getReceipts().add(new Receipt(LocalDate.of(2026, 5, 31), "Kulturverein", "Eigenmittel", 1, eur(ownFunds)));
        d.setDeclaredEconomical(true);
        d.setDeclaredReceiptsKept(true);
    }

    private String task(long id, String step) {
        return fixture.task(id, step);
    }

    private void goOn(long id) {
        users.run(CLARA, () -> checks.quickCheck(task(id, ProcessIds.TASK_QUICK_CHECK), false, null));
        fixture.runJobs(id);
    }

    private ApplicationStatus status(long id) {
        return users.as(CLARA, () -> fixture.bean(ReviewActions.class).caseFile(id))
                .application()
                .status();
    }

    private List<String> audit(long id) {
        return users
                .as(CLARA, () -> fixture.bean(ReviewActions.class).caseFile(id).audit())
                .stream()
                .map(AuditEntry::action)
                .toList();
    }

    private long accountId(String email) {
        return ((PortalUser) fixture.bean(UserDetailsService.class).loadUserByUsername(email)).accountId();
    }

    private void pay(long id, long payment) {
        fixture.payThroughRun(id, payment);
    }

    private void assertClosed(long id) {
        assertThat(status(id)).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(jdbc.sql("SELECT closed_at IS NOT NULL FROM grant_application WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(events.stream(CaseClosed.class).filter(e -> e.applicationId() == id))
                .hasSize(1);
        String award = fixture.instance(id, ProcessIds.AWARD_PROCESS);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(award)
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo(ProcessIds.END_CASE_CLOSED);
        assertThat(audit(id)).contains("CASE_CLOSED");
    }

    /** The label keys of the applicant's timeline after the decision, oldest first. */
    private List<String> timeline(long id) {
        return users
                .as(
                        ANNA,
                        () -> fixture.bean(de.kulturbuero.grants.grantapplication.ApplicationTimeline.class)
                                .events(id))
                .stream()
                .map(de.kulturbuero.grants.grantapplication.TimelineEvent::labelKey)
                .toList();
    }

    /** The kinds of the letters stored with the case, each a PDF. */
    private List<String> letters(long id) {
        return jdbc.sql("SELECT kind FROM application_notice WHERE application_id = ? AND content LIKE '%PDF-%'"
                        + " ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    private void fire(long id, String timer) {
        Job job = management
                .createTimerJobQuery()
                .processInstanceId(fixture.instance(id, ProcessIds.SETTLEMENT_PROCESS))
                .elementId(timer)
                .singleResult();
        assertThat(job).as("timer " + timer).isNotNull();
        management.moveTimerToExecutableJob(job.getId());
        fixture.runJobs(id);
    }

    @Test
    void corrections_reopen_the_report_its_resubmission_and_the_deadline_lead_back_to_the_quick_check() {
        long id = fixture.readyForPayment("2000.00");
        submit(id, "4500.00", "2500.00");
        assertThat(status(id)).isEqualTo(ApplicationStatus.REPORT_CHECK);

        String quick = task(id, ProcessIds.TASK_QUICK_CHECK);
        assertThatThrownBy(() -> users.run(CLARA, () -> checks.quickCheck(quick, true, " ")))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.check.error.corrections-text"));
        users.run(CLARA, () -> checks.quickCheck(quick, true, "Bitte den Beleg der Bahn nachreichen."));

        FinalReport reopened = users.as(ANNA, () -> reports.open(id));
        assertThat(reopened.status()).isEqualTo(FinalReport.Status.CORRECTION);
        assertThat(reopened.office().correctionRequest()).isEqualTo("Bitte den Beleg der Bahn nachreichen.");
        assertThat(reopened.office().correctionDue()).isEqualTo(LocalDate.now().plusDays(21));

        // the recipient corrects and submits again: back to the quick check, the award does not move
        submit(id, "4400.00", "2500.00");
        assertThat(users.as(ANNA, () -> reports.open(id)).status()).isEqualTo(FinalReport.Status.SUBMITTED);
        String again = task(id, ProcessIds.TASK_QUICK_CHECK);
        assertThat(audit(id)).contains("CHECK_CORRECTIONS_ASKED", "FINAL_REPORT_RESUBMITTED");

        // asked once more, nothing comes: at the deadline the report closes and the clerk checks it again
        users.run(CLARA, () -> checks.quickCheck(again, true, "Bitte die Teilnehmerliste ergänzen."));
        fire(id, ProcessIds.TIMER_CORRECTIONS_DUE);
        assertThat(users.as(ANNA, () -> reports.open(id)).status()).isEqualTo(FinalReport.Status.SUBMITTED);
        task(id, ProcessIds.TASK_QUICK_CHECK);
        assertThat(audit(id)).contains("CORRECTIONS_EXPIRED");
    }

    @Test
    void a_report_not_drawn_is_checked_quickly_accepted_and_its_rest_paid_through_a_payment_then_closed() {
        terms("5000.00", "0");
        long id = fixture.readyForPayment("2000.00");
        submit(id, "4500.00", "2500.00");
        goOn(id);

        DepthDraw draw = rows.draw(id).orElseThrow();
        assertThat(draw.reason()).isEqualTo("NOT_DRAWN");
        assertThat(draw.inDepth()).isFalse();
        assertThat(draw.share()).isEqualByComparingTo("0");
        assertThat(draw.threshold()).isEqualByComparingTo("5000.00");
        assertThat(de.kulturbuero.grants.settlement.SampleDraw.value(draw.referenceNumber(), draw.seed()))
                .as("the recorded value is reproducible from the reference number and the seed")
                .isEqualByComparingTo(draw.value());

        String check = task(id, ProcessIds.TASK_CHECK_REPORT);
        assertThatThrownBy(() -> users.run(CLARA, () -> checks.check(check, Map.of(), " ")))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.check.error.note-missing"));
        // quick-only: the claimed amounts count, whatever the form sends
        ReportFigures figures = users.as(
                CLARA,
                () -> checks.check(
                        check, Map.of(0, new ReportChecks.Recognised(eur("1.00"), "x")), "Kursorisch geprüft."));
        assertThat(figures.recomputedGrant()).isEqualByComparingTo("2000.00");
        assertThat(figures.settlement().balance()).isEqualByComparingTo("2000.00");
        assertThat(rows.check(id).orElseThrow().outcome()).isEqualTo("ACCEPT");
        assertThat(rows.receipts(id))
                .extracting(ReceiptCheck::recognised)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(eur("4500.00"), eur("2500.00"));

        long payment = ((Number) history.createHistoricVariableInstanceQuery()
                        .processInstanceId(fixture.instance(id, ProcessIds.SETTLEMENT_PROCESS))
                        .variableName(ProcessIds.VAR_SETTLEMENT_PAYMENT_ID)
                        .singleResult()
                        .getValue())
                .longValue();
        assertThat(status(id)).isEqualTo(ApplicationStatus.REPORT_CHECK);
        assertThat(letters(id)).contains("CHECK_NOTE");
        assertThat(timeline(id)).contains("review.timeline.check.accepted");
        pay(id, payment);

        assertClosed(id);
    }

    @Test
    void a_refused_rest_payment_is_issued_anew_and_the_case_closes_when_that_one_is_paid() {
        terms("5000.00", "0");
        long id = fixture.readyForPayment("2000.00");
        submit(id, "4500.00", "2500.00");
        goOn(id);
        users.run(CLARA, () -> checks.check(task(id, ProcessIds.TASK_CHECK_REPORT), Map.of(), "Kursorisch geprüft."));
        fixture.runJobs(id);
        long refused = settlementPayment(id);

        // the clerk refuses the rest at the check (the recipient must correct the bank details first)
        users.run(
                CLARA,
                () -> fixture.bean(PaymentChecks.class)
                        .refuse(fixture.paymentTask(refused, ProcessIds.TASK_CHECK_PAYMENT), "Kontoinhaber prüfen"));
        fixture.runJobs(id);

        long again = settlementPayment(id);
        assertThat(again).as("the rest is issued anew").isNotEqualTo(refused);
        assertThat(audit(id)).contains("PAYMENT_REFUSED", "SETTLEMENT_REISSUED");
        assertThat(status(id)).isEqualTo(ApplicationStatus.REPORT_CHECK);
        pay(id, again);

        assertClosed(id);
    }

    /** The payment the check's wait for the rest waits for now. */
    private long settlementPayment(long id) {
        return ((Number) history.createHistoricVariableInstanceQuery()
                        .processInstanceId(fixture.instance(id, ProcessIds.SETTLEMENT_PROCESS))
                        .variableName(ProcessIds.VAR_SETTLEMENT_PAYMENT_ID)
                        .singleResult()
                        .getValue())
                .longValue();
    }

    @Test
    void a_check_with_nothing_to_pay_closes_the_case_at_once() {
        terms("5000.00", "0");
        long id = fixture.readyForPayment("2000.00");
        // income covered every cost: the deficit grant is zero, and nothing was paid
        submit(id, "4500.00", "4500.00");
        goOn(id);
        ReportFigures figures =
                users.as(CLARA, () -> checks.check(task(id, ProcessIds.TASK_CHECK_REPORT), Map.of(), "Geprüft."));
        assertThat(figures.recomputedGrant()).isEqualByComparingTo("0.00");
        fixture.runJobs(id);

        assertClosed(id);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(fixture.instance(id, ProcessIds.SETTLEMENT_PROCESS))
                        .activityId(ProcessIds.FLOW_NOTHING_TO_PAY)
                        .count())
                .isOne();
    }

    @Test
    void a_grant_above_the_threshold_is_checked_in_depth_and_the_reason_recorded() {
        terms("1000.00", "0");
        long id = fixture.readyForPayment("2000.00");
        submit(id, "4500.00", "2500.00");
        goOn(id);

        assertThat(rows.draw(id).orElseThrow().reason()).isEqualTo("ABOVE_THRESHOLD");
        ReportCheckPage page = users.as(CLARA, () -> checks.page(task(id, ProcessIds.TASK_CHECK_REPORT)));
        assertThat(page.inDepth()).isTrue();
        assertThat(audit(id)).contains("CHECK_DEPTH_DECIDED");
    }

    @Test
    void a_report_drawn_in_the_sample_is_checked_in_depth_less_recognised_needs_a_reason() {
        terms("5000.00", "1");
        long id = fixture.readyForPayment("2000.00");
        submit(id, "4500.00", "2500.00");
        goOn(id);

        assertThat(rows.draw(id).orElseThrow().reason()).isEqualTo("DRAWN");
        String check = task(id, ProcessIds.TASK_CHECK_REPORT);
        ReportCheckPage page = users.as(CLARA, () -> checks.page(check));
        assertThat(page.inDepth()).isTrue();
        // live figures: 500 € less recognised on the travel line lower the deficit grant by 500 €
        ReportFigures live = page.figures(Map.of(0, eur("4000.00")));
        assertThat(live.lines().getFirst().flagged()).isTrue();
        assertThat(live.recomputedGrant()).isEqualByComparingTo("1500.00");
        assertThatThrownBy(() -> users.run(
                        CLARA,
                        () -> checks.check(
                                check, Map.of(0, new ReportChecks.Recognised(eur("4000.00"), " ")), "Vertieft.")))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.check.error.reason-missing"));
        assertThatThrownBy(() -> users.run(
                        CLARA,
                        () -> checks.check(
                                check, Map.of(0, new ReportChecks.Recognised(eur("4600.00"), "mehr")), "Vertieft.")))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.check.error.recognised-range"));
    }

    @Test
    void a_reclaim_needs_a_second_officer_then_hearing_response_notice_and_repayment_close_the_case() {
        terms("5000.00", "1");
        ensureBaseRates();
        long id = fixture.readyForPayment("2000.00");
        pay(id, fixture.request(id, "1500.00"));
        submit(id, "4500.00", "2500.00");
        goOn(id);

        // 1,500 € of the train tickets not recognised: grant 4,500 − 1,500 − 2,500 = 500 €, 1,500 € paid
        String check = task(id, ProcessIds.TASK_CHECK_REPORT);
        ReportFigures figures = users.as(
                CLARA,
                () -> checks.check(
                        check,
                        Map.of(0, new ReportChecks.Recognised(eur("3000.00"), "Erste Klasse nicht zuwendungsfähig")),
                        "Vertieft geprüft: Bahn in erster Klasse."));
        assertThat(figures.settlement().toReclaim()).isEqualByComparingTo("1000.00");

        // four eyes: the checker is neither offered the confirmation nor may do it
        String confirm = task(id, ProcessIds.TASK_CONFIRM_RECLAIM);
        assertThat(jdbc.sql("SELECT excluded_account_id FROM inbox_task WHERE task_id = ?")
                        .param(confirm)
                        .query(Long.class)
                        .single())
                .isEqualTo(accountId(CLARA));
        assertThatThrownBy(() -> users.run(CLARA, () -> reclaims.confirm(confirm)))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.check.error.same-officer"));
        String second = secondClerk();
        // sent back once, checked again by Clara, then confirmed by the second clerk
        users.run(second, () -> reclaims.sendBack(confirm, "Bitte den Vermerk ergänzen."));
        users.run(
                CLARA,
                () -> checks.check(
                        task(id, ProcessIds.TASK_CHECK_REPORT),
                        Map.of(0, new ReportChecks.Recognised(eur("3000.00"), "Erste Klasse nicht zuwendungsfähig")),
                        "Vertieft geprüft: Bahn in erster Klasse, Preisdifferenz nicht anerkannt."));
        users.run(second, () -> reclaims.confirm(task(id, ProcessIds.TASK_CONFIRM_RECLAIM)));
        awaitHearing(id);
        assertThat(rows.check(id).orElseThrow().confirmedBy()).isEqualTo(accountId(second));

        // the hearing: Anna responds on the report page, the decision need not wait for the deadline
        FinalReport hearing = users.as(ANNA, () -> reports.open(id));
        assertThat(hearing.hearingOpen()).isTrue();
        assertThat(hearing.office().hearingDue()).isEqualTo(LocalDate.now().plusDays(14));
        users.run(ANNA, () -> reports.respondToHearing(id, "Die zweite Klasse war ausgebucht."));
        assertThat(users.as(ANNA, () -> reports.open(id)).hearingOpen()).isFalse();

        String decide = task(id, ProcessIds.TASK_DECIDE_RECLAIM);
        assertThat(users.as(CLARA, () -> checks.page(decide)).hearingResponse())
                .isEqualTo("Die zweite Klasse war ausgebucht.");
        assertThatThrownBy(() -> users.run(CLARA, () -> reclaims.decide(decide, eur("1000.01"), false, null)))
                .isInstanceOfSatisfying(
                        ReviewRefused.class, e -> assertThat(e.messageKey()).isEqualTo("review.reclaim.error.amount"));
        ReclaimInterest.Result interest = users.as(CLARA, () -> reclaims.decide(decide, eur("800.00"), false, null));
        assertThat(interest.total()).isPositive();
        fixture.runJobs(id);
        Reclaim reclaim = rows.reclaim(id).orElseThrow();
        assertThat(reclaim.amount()).isEqualByComparingTo("800.00");
        assertThat(reclaim.interest()).isEqualByComparingTo(interest.total());
        assertThat(reclaim.interestFrom()).isEqualTo(LocalDate.now());
        assertThat(reclaim.dueDate()).isEqualTo(LocalDate.now().plusDays(30));

        // the cash office reminds (the task stays), then confirms the money came back
        String repayment = task(id, ProcessIds.TASK_CONFIRM_REPAYMENT);
        users.run(PaymentFixture.FINANCE, () -> reclaims.remind(repayment));
        assertThat(task(id, ProcessIds.TASK_CONFIRM_REPAYMENT)).isEqualTo(repayment);
        assertThatThrownBy(() -> users.run(
                        PaymentFixture.FINANCE,
                        () -> reclaims.confirmRepayment(
                                repayment, LocalDate.now().plusDays(1), eur("800.00"))))
                .isInstanceOf(ReviewRefused.class);
        users.run(
                PaymentFixture.FINANCE,
                () -> reclaims.confirmRepayment(
                        repayment, LocalDate.now(), reclaim.amount().add(reclaim.interest())));
        fixture.runJobs(id);

        assertClosed(id);
        assertThat(letters(id)).contains("CHECK_NOTE", "HEARING", "RECLAIM_NOTICE");
        assertThat(timeline(id))
                .as("the applicant's timeline shows the hearing, the notice and the repayment")
                .containsSubsequence(
                        "review.timeline.check.hearing",
                        "review.timeline.check.notice",
                        "review.timeline.check.repaid");
        assertThat(audit(id))
                .contains(
                        "RECLAIM_SENT_BACK",
                        "RECLAIM_CONFIRMED",
                        "HEARING_OPENED",
                        "HEARING_RESPONDED",
                        "RECLAIM_DECIDED",
                        "RECLAIM_NOTICE_ISSUED",
                        "REPAYMENT_REMINDED",
                        "REPAYMENT_CONFIRMED");
    }

    @Test
    void the_interest_is_waived_with_a_reason_after_the_hearing_deadline_passed_without_a_response() {
        terms("5000.00", "1");
        long id = fixture.readyForPayment("2000.00");
        pay(id, fixture.request(id, "1500.00"));
        submit(id, "4500.00", "2500.00");
        goOn(id);
        users.run(
                CLARA,
                () -> checks.check(
                        task(id, ProcessIds.TASK_CHECK_REPORT),
                        Map.of(0, new ReportChecks.Recognised(eur("3500.00"), "Doppelt abgerechnet")),
                        "Vertieft geprüft."));
        users.run(secondClerk(), () -> reclaims.confirm(task(id, ProcessIds.TASK_CONFIRM_RECLAIM)));
        awaitHearing(id);

        fire(id, ProcessIds.TIMER_HEARING_DEADLINE);
        String decide = task(id, ProcessIds.TASK_DECIDE_RECLAIM);
        assertThatThrownBy(() -> users.run(CLARA, () -> reclaims.decide(decide, eur("500.00"), true, " ")))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.reclaim.error.waiver-reason"));
        ReclaimInterest.Result interest = users.as(
                CLARA, () -> reclaims.decide(decide, eur("500.00"), true, "Geringfügiger Betrag, guter Glaube."));
        fixture.runJobs(id);

        assertThat(interest).isNull();
        Reclaim reclaim = rows.reclaim(id).orElseThrow();
        assertThat(reclaim.interestWaived()).isTrue();
        assertThat(reclaim.waiverReason()).isEqualTo("Geringfügiger Betrag, guter Glaube.");
        assertThat(reclaim.interest()).isNull();
        assertThat(users.as(ANNA, () -> reports.open(id)).hearingOpen())
                .as("the deadline passed: the page no longer takes a response")
                .isFalse();
        assertThatThrownBy(() -> users.run(ANNA, () -> reports.respondToHearing(id, "Zu spät.")))
                .isInstanceOf(de.kulturbuero.grants.finalreport.FinalReportRefused.class);
        assertThat(audit(id)).contains("RECLAIM_INTEREST_WAIVED");
        assertThat(letters(id)).contains("HEARING", "RECLAIM_NOTICE");
        task(id, ProcessIds.TASK_CONFIRM_REPAYMENT);
    }

    /**
     * Waits until the asynchronous hearing step has written the letter and opened the hearing: a
     * retried attempt waits outside the job queue that {@link PaymentFixture#runJobs} watches.
     */
    private void awaitHearing(long id) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> management
                                .createTimerJobQuery()
                                .processInstanceId(fixture.instance(id, ProcessIds.SETTLEMENT_PROCESS))
                                .elementId(ProcessIds.TIMER_HEARING_DEADLINE)
                                .count()
                        == 1);
    }

    /** A second clerk, invited for the test: the four-eyes steps need one besides Clara. */
    private String secondClerk() {
        String email = "sachbearbeitung-" + UUID.randomUUID() + "@stadt.example";
        users.run(
                "adam@example.org",
                () -> fixture.bean(UserAdministration.class)
                        .invite(email, "Sven Zweitprüfung", Set.of(Roles.CLERK), "de"));
        return email;
    }

    private void ensureBaseRates() {
        fixture.ensureBaseRates();
    }
}
