package de.kulturbuero.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApplicationTimeline;
import de.kulturbuero.grants.grantapplication.TimelineEvent;
import de.kulturbuero.grants.payment.domain.BankDetailsRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.payment.domain.RunRows;
import de.kulturbuero.grants.review.BankDetailsConfirmations;
import de.kulturbuero.grants.review.PaymentChecks;
import de.kulturbuero.grants.review.PaymentOrders;
import de.kulturbuero.grants.review.ReviewActions;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.ReviewStep;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.security.UserAdministration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every route through processes/grant-award.bpmn20.xml and grant-payment.bpmn20.xml, driven
 * through the use cases the pages call, against the real database and engine.
 */
@IntegrationTest
class PaymentProcessIT {

    private PaymentFixture fixture;
    private TestUsers users;
    private HistoryService history;

    @BeforeEach
    void wire(ApplicationContext context) {
        fixture = new PaymentFixture(context);
        users = fixture.users();
        history = context.getBean(HistoryService.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_approval_opens_the_award_and_no_money_can_be_asked_for_before_finality() {
        long id = fixture.approved("5000.00");

        AwardOverview.View award = overview(id);
        assertThat(award.granted()).isEqualByComparingTo("5000.00");
        assertThat(award.holdback()).isEqualByComparingTo("500.00");
        assertThat(award.available()).isEqualByComparingTo("4500.00");
        assertThat(award.isFinal()).isFalse();
        assertThat(award.finalAtTheLatest()).isAfter(LocalDate.now());
        assertThat(activities(id, ProcessIds.AWARD_PROCESS)).contains("StartEvent_Awarded");

        assertThatThrownBy(() -> fixture.request(id, "100.00"))
                .isInstanceOfSatisfying(
                        PaymentRefused.class, e -> assertThat(keys(e)).contains("payment.request.error.not-final"));
        assertThat(overview(id).payments()).isEmpty();
    }

    @Test
    void a_waiver_of_appeal_makes_the_notice_final_at_once_and_only_once() {
        long id = fixture.approved("4000.00");
        assertThatThrownBy(() -> users.run(
                        PaymentFixture.APPLICANT,
                        () -> fixture.bean(AppealWaivers.class).waive(id, false)))
                .isInstanceOf(PaymentRefused.class);
        assertThat(overview(id).isFinal()).isFalse();

        fixture.waive(id);

        AwardOverview.View award = overview(id);
        assertThat(award.isFinal()).isTrue();
        assertThat(award.finalBy()).isEqualTo("WAIVER");
        assertThat(award.appealWaivedAt()).isNotNull();
        assertThat(activities(id, ProcessIds.AWARD_PROCESS))
                .contains(
                        ProcessIds.FLOW_FINAL_BY_WAIVER, ProcessIds.TASK_BECOME_FINAL, ProcessIds.RECEIVE_FINAL_REPORT)
                .doesNotContain(ProcessIds.FLOW_FINAL_BY_TIMER);
        users.run(
                PaymentFixture.CLERK,
                () -> assertThat(fixture.bean(ReviewActions.class).history(id))
                        .as("the case's history shows the waiver, not the timer that lost the race")
                        .extracting(ReviewStep::step)
                        .contains(ProcessIds.CATCH_APPEAL_WAIVED)
                        .doesNotContain(ProcessIds.TIMER_FINALITY));
        assertThatThrownBy(() -> fixture.waive(id)).isInstanceOf(PaymentRefused.class);
    }

    @Test
    void without_a_waiver_the_notice_becomes_final_when_the_appeal_period_is_over() {
        long id = fixture.approved("4000.00");

        fixture.fireFinalityTimer(id);

        AwardOverview.View award = overview(id);
        assertThat(award.isFinal()).isTrue();
        assertThat(award.finalBy()).isEqualTo("TIMER");
        assertThat(activities(id, ProcessIds.AWARD_PROCESS))
                .contains(ProcessIds.FLOW_FINAL_BY_TIMER, ProcessIds.TASK_BECOME_FINAL)
                .doesNotContain(ProcessIds.FLOW_FINAL_BY_WAIVER);
        assertThatThrownBy(() -> fixture.waive(id))
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        e -> assertThat(keys(e)).containsExactly("payment.waiver.error.already-final"));
    }

    @Test
    void a_request_is_refused_by_each_rule_and_nothing_is_saved() {
        long id = fixture.readyForPayment("5000.00");
        PaymentRequesting requesting = fixture.bean(PaymentRequesting.class);
        LocalDate today = LocalDate.now();

        assertThat(refusal(() -> requesting.request(id, new BigDecimal("4500.01"), today.plusDays(3), null)))
                .containsExactly("payment.request.error.over-available");
        assertThat(refusal(() -> requesting.request(id, new BigDecimal("100.00"), today.minusDays(1), null)))
                .containsExactly("payment.request.error.needed-by-past");
        assertThat(refusal(() -> requesting.request(
                        id, new BigDecimal("100.00"), today.plusMonths(2).plusDays(1), null)))
                .containsExactly("payment.request.error.needed-by-window");
        assertThat(refusal(() -> requesting.request(id, new BigDecimal("0.00"), today, null)))
                .containsExactly("payment.request.error.amount-positive");
        assertThat(refusal(() -> requesting.request(id, new BigDecimal("1.001"), today, null)))
                .containsExactly("payment.request.error.amount-cents");
        assertThat(refusal(() -> requesting.request(id, new BigDecimal("1.00"), today, "x".repeat(1001))))
                .containsExactly("payment.request.error.purpose-long");
        assertThat(overview(id).payments()).isEmpty();

        // the whole available amount in two requests is fine; one cent more is not
        fixture.request(id, "3000.00");
        fixture.request(id, "1500.00");
        assertThat(refusal(() -> requesting.request(id, new BigDecimal("0.01"), today, null)))
                .containsExactly("payment.request.error.over-available");
        assertThat(overview(id).payments()).extracting(PaymentRows.Row::number).containsExactly(1, 2);
    }

    @Test
    void another_applicant_can_neither_read_nor_request_the_money_of_an_award() {
        long id = fixture.readyForPayment("2000.00");
        assertThatThrownBy(() -> users.run(
                        TestUsers.BEN,
                        () -> fixture.bean(PaymentRequesting.class)
                                .request(id, new BigDecimal("10.00"), LocalDate.now(), null)))
                .isNotInstanceOf(PaymentRefused.class)
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> users.run(
                        TestUsers.BEN, () -> fixture.bean(AwardOverview.class).of(id)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> users.run(
                        TestUsers.CLARA,
                        () -> fixture.bean(PaymentRequesting.class)
                                .request(id, new BigDecimal("10.00"), LocalDate.now(), null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_released_payment_goes_into_a_run_whose_files_are_fixed_at_the_first_download_and_is_paid() {
        long id = fixture.readyForPayment("5000.00");
        long payment = fixture.request(id, "3000.00");
        assertThat(status(id, payment)).isEqualTo(PaymentRows.Status.REQUESTED);

        fixture.release(payment);
        assertThat(status(id, payment)).isEqualTo(PaymentRows.Status.ORDERED);
        fixture.runJobs(id);

        PaymentRuns runs = fixture.bean(PaymentRuns.class);
        long run = users.as(PaymentFixture.FINANCE, () -> {
            assertThat(runs.waiting()).extracting(PaymentRuns.Payment::id).contains(payment);
            return runs.create(LocalDate.now().plusDays(1));
        });
        users.run(PaymentFixture.FINANCE, () -> {
            PaymentRuns.Run r = runs.run(run);
            assertThat(r.payments()).extracting(PaymentRuns.Payment::id).contains(payment);
            assertThat(r.row().status()).isEqualTo(RunRows.Status.OPEN);
            assertThat(runs.waiting()).extracting(PaymentRuns.Payment::id).doesNotContain(payment);
            assertThatThrownBy(() -> runs.execute(run, LocalDate.now()))
                    .as("a run is executed only after its file was downloaded")
                    .isInstanceOf(PaymentRefused.class);
            PaymentRuns.RunFile pain = runs.download(run, PaymentRuns.Format.PAIN_001);
            assertThat(new String(pain.content(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<CdtTrfTxInf>", PaymentFixture.IBAN, "3000.00");
            PaymentRuns.RunFile csv = runs.download(run, PaymentRuns.Format.CSV);
            assertThat(new String(csv.content(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(PaymentFixture.IBAN, "3000,00");
            assertThat(runs.run(run).row().status()).isEqualTo(RunRows.Status.DOWNLOADED);
            runs.execute(run, LocalDate.now());
            assertThat(runs.run(run).row().status()).isEqualTo(RunRows.Status.EXECUTED);
            assertThatThrownBy(() -> runs.cancel(run, "too late")).isInstanceOf(PaymentRefused.class);
        });
        fixture.runJobs(id);

        AwardOverview.View award = overview(id);
        assertThat(status(id, payment)).isEqualTo(PaymentRows.Status.PAID);
        assertThat(award.paid()).isEqualByComparingTo("3000.00");
        assertThat(award.available()).isEqualByComparingTo("1500.00");
        assertThat(paymentActivities(payment))
                .containsSubsequence(
                        ProcessIds.TASK_CHECK_PAYMENT,
                        ProcessIds.TASK_ORDER_PAYMENT,
                        ProcessIds.RECEIVE_PAYMENT_EXECUTED)
                .contains(ProcessIds.END_PAYMENT_PAID);
        assertThat(users.as(
                        PaymentFixture.APPLICANT,
                        () -> fixture.bean(ApplicationTimeline.class).events(id)))
                .as("the applicant's timeline shows finality and the payment's steps in order")
                .extracting(TimelineEvent::labelKey)
                .containsExactly(
                        "payment.timeline.final",
                        "payment.timeline.requested",
                        "payment.timeline.ordered",
                        "payment.timeline.paid");
        assertThatThrownBy(() -> users.run(
                        TestUsers.BEN,
                        () -> fixture.bean(ApplicationTimeline.class).events(id)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void the_first_pair_of_eyes_refuses_with_a_reason_the_applicant_sees_and_the_amount_is_free_again() {
        long id = fixture.readyForPayment("5000.00");
        long payment = fixture.request(id, "4500.00");
        String check = fixture.paymentTask(payment, ProcessIds.TASK_CHECK_PAYMENT);
        PaymentChecks checks = fixture.bean(PaymentChecks.class);
        assertThatThrownBy(() -> users.run(PaymentFixture.CLERK, () -> checks.refuse(check, " ")))
                .isInstanceOf(RuntimeException.class);

        assertThatThrownBy(() -> users.run(PaymentFixture.CLERK, () -> checks.refuse(check, "x".repeat(1001))))
                .as("a reason longer than the table keeps is refused with a message, not lost in an internal error")
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        e -> assertThat(keys(e)).containsExactly("payment.error.reason-too-long"));
        users.run(PaymentFixture.CLERK, () -> checks.refuse(check, "Bitte Kostenaufstellung nachreichen."));
        fixture.runJobs(id);

        PaymentRows.Row refused = payment(id, payment);
        assertThat(refused.status()).isEqualTo(PaymentRows.Status.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("Bitte Kostenaufstellung nachreichen.");
        assertThat(overview(id).available()).isEqualByComparingTo("4500.00");
        assertThat(paymentActivities(payment))
                .contains(ProcessIds.END_PAYMENT_REFUSED)
                .doesNotContain(ProcessIds.TASK_ORDER_PAYMENT);
    }

    @Test
    void the_second_pair_of_eyes_refuses_and_the_officer_who_checked_may_never_order() {
        String both = "kasse-" + UUID.randomUUID() + "@stadt.example";
        users.run(
                "adam@example.org",
                () -> fixture.bean(UserAdministration.class)
                        .invite(both, "Karl Doppelrolle", Set.of(Roles.CLERK, Roles.FINANCE), "de"));
        long id = fixture.readyForPayment("5000.00");
        long payment = fixture.request(id, "1000.00");

        users.run(
                both,
                () -> fixture.bean(PaymentChecks.class)
                        .confirm(fixture.paymentTask(payment, ProcessIds.TASK_CHECK_PAYMENT)));
        String order = fixture.paymentTask(payment, ProcessIds.TASK_ORDER_PAYMENT);
        assertThatThrownBy(() ->
                        users.run(both, () -> fixture.bean(PaymentOrders.class).order(order)))
                .isInstanceOfSatisfying(
                        ReviewRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.release.error.same-officer"));
        assertThat(status(id, payment)).isEqualTo(PaymentRows.Status.CHECKED);

        users.run(
                PaymentFixture.FINANCE, () -> fixture.bean(PaymentOrders.class).refuse(order, "Haushaltssperre."));
        fixture.runJobs(id);
        assertThat(payment(id, payment).status()).isEqualTo(PaymentRows.Status.REFUSED);
        assertThat(payment(id, payment).refusalReason()).isEqualTo("Haushaltssperre.");
        assertThat(paymentActivities(payment)).contains(ProcessIds.TASK_ORDER_PAYMENT, ProcessIds.END_PAYMENT_REFUSED);
    }

    @Test
    void a_cancelled_run_gives_its_payments_back_for_the_next_run() {
        long id = fixture.readyForPayment("3000.00");
        long payment = fixture.request(id, "2700.00");
        fixture.release(payment);
        PaymentRuns runs = fixture.bean(PaymentRuns.class);
        users.run(PaymentFixture.FINANCE, () -> {
            long first = runs.create(LocalDate.now().plusDays(2));
            assertThatThrownBy(() -> runs.cancel(first, "")).isInstanceOf(PaymentRefused.class);
            runs.cancel(first, "Falsches Ausführungsdatum");
            assertThat(runs.run(first).row().status()).isEqualTo(RunRows.Status.CANCELLED);
            assertThat(runs.run(first).row().cancelReason()).isEqualTo("Falsches Ausführungsdatum");
            assertThatThrownBy(() -> runs.download(first, PaymentRuns.Format.CSV))
                    .isInstanceOf(PaymentRefused.class);
            assertThat(runs.waiting()).extracting(PaymentRuns.Payment::id).contains(payment);
            long second = runs.create(LocalDate.now().plusDays(2));
            assertThat(runs.run(second).payments())
                    .extracting(PaymentRuns.Payment::id)
                    .contains(payment);
        });
        assertThat(status(id, payment)).isEqualTo(PaymentRows.Status.ORDERED);
    }

    @Test
    void new_bank_details_after_the_first_order_wait_for_a_second_officer() {
        long id = fixture.readyForPayment("5000.00");
        long first = fixture.request(id, "1000.00");
        fixture.release(first);

        boolean needsConfirmation = users.as(
                PaymentFixture.APPLICANT,
                () -> fixture.bean(BankDetailsEntry.class)
                        .enter(id, "Kulturverein Linden e.V.", "DE89 3704 0044 0532 0130 00", null));
        assertThat(needsConfirmation).isTrue();
        AwardOverview.View award = overview(id);
        assertThat(award.bankDetails()).map(BankDetailsRows.Row::iban).contains(PaymentFixture.IBAN);
        assertThat(award.pendingBankDetails()).map(BankDetailsRows.Row::iban).contains("DE89370400440532013000");

        // a payment ordered meanwhile still goes to the confirmed account
        long second = fixture.request(id, "500.00");
        fixture.release(second);
        assertThat(payment(id, second).bankDetailsId())
                .isEqualTo(award.bankDetails().orElseThrow().id());

        String confirm = fixture.task(id, ProcessIds.TASK_CONFIRM_BANK_DETAILS);
        long shown = award.pendingBankDetails().orElseThrow().id();
        // the applicant enters yet another account while the clerk looks at the first change
        users.run(
                PaymentFixture.APPLICANT,
                () -> fixture.bean(BankDetailsEntry.class)
                        .enter(id, "Kulturverein Linden e.V.", "DE75 5121 0800 1245 1261 99", null));
        BankDetailsConfirmations confirmations = fixture.bean(BankDetailsConfirmations.class);
        assertThatThrownBy(() -> users.run(PaymentFixture.CLERK, () -> confirmations.confirm(confirm, shown)))
                .as("an account the clerk was not shown is never confirmed")
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        e -> assertThat(keys(e)).containsExactly("payment.bank.error.changed-meanwhile"));
        long newest = overview(id).pendingBankDetails().orElseThrow().id();
        users.run(PaymentFixture.CLERK, () -> confirmations.confirm(confirm, newest));
        award = overview(id);
        assertThat(award.bankDetails()).map(BankDetailsRows.Row::iban).contains("DE75512108001245126199");
        assertThat(award.pendingBankDetails()).isEmpty();
    }

    @Test
    void an_invalid_iban_is_refused_with_the_field_and_nothing_is_stored() {
        long id = fixture.approved("1000.00");
        assertThatThrownBy(() -> users.run(
                        PaymentFixture.APPLICANT,
                        () -> fixture.bean(BankDetailsEntry.class)
                                .enter(id, "Kulturverein", "DE02120300000000202052", null)))
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(PaymentProblem::field)
                                .contains(BankAccountCheck.FIELD_IBAN));
        assertThat(overview(id).bankDetails()).isEmpty();
    }

    @Test
    void two_requests_at_the_same_moment_never_exceed_the_grant_less_the_holdback() throws Exception {
        long id = fixture.readyForPayment("5000.00");
        List<String> outcomes = atOnce(() -> fixture.request(id, "3000.00"), () -> fixture.request(id, "3000.00"));
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "payment.request.error.over-available");
        assertThat(overview(id).requested()).isEqualByComparingTo("3000.00");
    }

    @Test
    void two_orders_at_the_same_moment_never_exceed_the_grant_less_the_holdback() throws Exception {
        // two checked requests that together exceed what may be paid: only one can be ordered
        long id = fixture.readyForPayment("5000.00");
        long a = fixture.request(id, "2500.00");
        long b = fixture.request(id, "2000.00");
        for (long p : List.of(a, b)) {
            users.run(
                    PaymentFixture.CLERK,
                    () -> fixture.bean(PaymentChecks.class)
                            .confirm(fixture.paymentTask(p, ProcessIds.TASK_CHECK_PAYMENT)));
        }
        // the applicant's grant is cut meanwhile (as a reclaim would): only 3,000 may still be paid
        fixture.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("UPDATE award SET granted_amount = 3500.00, holdback_amount = 500.00 WHERE application_id = ?")
                .param(id)
                .update();
        String finance2 = "kasse2-" + UUID.randomUUID() + "@stadt.example";
        users.run(
                "adam@example.org",
                () -> fixture.bean(UserAdministration.class)
                        .invite(finance2, "Fiona Kasse", Set.of(Roles.FINANCE), "de"));
        String taskA = fixture.paymentTask(a, ProcessIds.TASK_ORDER_PAYMENT);
        String taskB = fixture.paymentTask(b, ProcessIds.TASK_ORDER_PAYMENT);
        PaymentOrders orders = fixture.bean(PaymentOrders.class);
        List<String> outcomes = atOnce(
                () -> users.as(PaymentFixture.FINANCE, () -> {
                    orders.order(taskA);
                    return 0L;
                }),
                () -> users.as(finance2, () -> {
                    orders.order(taskB);
                    return 0L;
                }));
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "payment.release.error.over-grant");
    }

    private List<String> atOnce(Callable<Long> one, Callable<Long> two) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> futures = List.of(one, two).stream()
                    .map(task -> pool.submit(() -> {
                        start.await();
                        try {
                            task.call();
                            return "ok";
                        } catch (PaymentRefused e) {
                            return e.problems().getFirst().messageKey();
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }))
                    .toList();
            start.countDown();
            return futures.stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    })
                    .toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private AwardOverview.View overview(long id) {
        return users.as(
                PaymentFixture.APPLICANT,
                () -> fixture.bean(AwardOverview.class).of(id).orElseThrow());
    }

    private PaymentRows.Row payment(long id, long payment) {
        return overview(id).payments().stream()
                .filter(p -> p.id() == payment)
                .findFirst()
                .orElseThrow();
    }

    private PaymentRows.Status status(long id, long payment) {
        return payment(id, payment).status();
    }

    private List<String> refusal(Runnable action) {
        try {
            users.run(PaymentFixture.APPLICANT, action);
        } catch (PaymentRefused e) {
            return keys(e);
        }
        throw new AssertionError("not refused");
    }

    private static List<String> keys(PaymentRefused e) {
        return e.problems().stream().map(PaymentProblem::messageKey).toList();
    }

    private List<String> activities(long id, String processKey) {
        return activitiesOf(fixture.instance(id, processKey));
    }

    private List<String> paymentActivities(long paymentId) {
        String instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.PAYMENT_PROCESS)
                .variableValueEquals(ProcessIds.VAR_PAYMENT_ID, paymentId)
                .singleResult()
                .getId();
        return activitiesOf(instance);
    }

    private List<String> activitiesOf(String instance) {
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderByHistoricActivityInstanceId()
                .asc()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }
}
