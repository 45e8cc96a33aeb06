package de.kulturbuero.grants.finalreport;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.finalreport.ReportDraft.Kind;
import de.kulturbuero.grants.finalreport.ReportDraft.Line;
import de.kulturbuero.grants.finalreport.ReportDraft.Receipt;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.payment.PaymentProblem;
import de.kulturbuero.grants.payment.PaymentRefused;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.AuditEntry;
import de.kulturbuero.grants.review.ReviewActions;
import de.kulturbuero.grants.review.process.ProcessIds;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The final report on the real database, on awards the real review produced ({@link
 * PaymentFixture}): the draft starts with the plan's lines, a save comes back as saved, wrong
 * sums and foreign-currency receipts are named per line and receipt, a submission stores its PDF
 * and publishes its event once, and nobody but the applicant gets near the report.
 */
@IntegrationTest
@RecordApplicationEvents
class FinalReportIT {

    private final PaymentFixture fixture;
    private final FinalReports reports;
    private final TestUsers users;
    private final TestApplications testApplications;
    private final ProgrammeService programmes;

    @Autowired
    FinalReportIT(
            ApplicationContext context,
            FinalReports reports,
            TestUsers users,
            TestApplications testApplications,
            ProgrammeService programmes) {
        this.fixture = new PaymentFixture(context);
        this.reports = reports;
        this.users = users;
        this.testApplications = testApplications;
        this.programmes = programmes;
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    /** The fixture's plan for 4,000 €: travel 8,500 € (costs), own funds 4,500 € (income). */
    private long approved() {
        long id = fixture.approved("4000.00");
        users.signIn(ANNA);
        return id;
    }

    private PartnerCitySummary poznan() {
        return programmes.activePartnerCities().stream()
                .filter(c -> c.name().equals("Poznań"))
                .findFirst()
                .orElseThrow();
    }

    /** A complete report on the fixture's plan: travel 8,000 € in two receipts (one in złoty), own funds 4,000 €. */
    private ReportDraft complete(ReportDraft d) {
        d.setCarriedOutAsPlanned(false);
        d.setChanges("Die zweite Probe fand in Poznań statt statt in Hannover.");
        d.setActualStart(LocalDate.of(2026, 5, 4));
        d.setActualEnd(LocalDate.of(2026, 5, 12));
        d.setPlace("Hannover und Poznań");
        d.setParticipantsLocal(14);
        d.setParticipantsPartner(11);
        d.setPartnerCityId(poznan().id());
        d.setPartnerContribution("Teatr Ósmego Dnia hat das Programm mit uns geplant.");
        d.setPublicity("Pressemitteilung, Radiobeitrag im NDR.");
        d.getLines().get(0).setActual(eur("8000.00"));
        d.getLines().get(1).setActual(eur("4000.00"));
        d.getReceipts().clear();
        d.getReceipts().add(new Receipt(LocalDate.of(2026, 4, 20), "Deutsche Bahn", "Fahrkarten", 0, eur("7769.75")));
        // 1,000.00 PLN × 0.23025 = 230.25 €
        d.getReceipts()
                .add(new Receipt(LocalDate.of(2026, 5, 6), "PKP Intercity", "Bilety", 0, eur("230.25"))
                        .foreign("PLN", eur("1000.00"), new BigDecimal("0.23025"), "Kontoauszug vom 7. Mai 2026"));
        d.getReceipts().add(new Receipt(LocalDate.of(2026, 5, 31), "Kulturverein", "Eigenmittel", 1, eur("4000.00")));
        d.setDeclaredEconomical(true);
        d.setDeclaredReceiptsKept(true);
        return d;
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void the_draft_starts_with_the_lines_of_the_financing_plan_and_is_due_six_months_after_the_end() {
        long id = approved();

        FinalReport report = reports.open(id);

        assertThat(report.status()).isEqualTo(FinalReport.Status.DRAFT);
        assertThat(report.content().getLines())
                .extracting(Line::getKind, Line::getPlanPosition, Line::getCategory, Line::getLabel, Line::getActual)
                .containsExactly(
                        tuple(Kind.COST, 0, "TRAVEL", "Train", null),
                        tuple(Kind.INCOME, 0, "OWN_FUNDS", "Own funds", null));
        assertThat(report.content().getLines())
                .extracting(Line::getPlanned)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(eur("8500.00"), eur("4500.00"));
        assertThat(report.dueDate()).isEqualTo(report.application().endDate().plusMonths(6));
        assertThat(reports.dueDate(id)).isEqualTo(report.dueDate());
        assertThat(reports.open(id).content().getLines())
                .as("opened again: the same draft")
                .hasSize(2);
    }

    @Test
    void a_saved_report_comes_back_as_saved_and_its_planned_figures_stay_the_plans() {
        long id = approved();
        ReportDraft d = complete(reports.open(id).content());
        d.getLines().getFirst().setPlanned(eur("1.00"));
        d.getLines().add(new Line(Kind.COST, null, "MATERIAL", " Noten ", true, null, eur("0.00")));

        long version = reports.save(id, d);

        ReportDraft back = reports.open(id).content();
        assertThat(back.getVersion()).isEqualTo(version).isGreaterThan(d.getVersion());
        assertThat(back.getChanges()).isEqualTo(d.getChanges());
        assertThat(back.getActualStart()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(back.getPartnerCityId()).isEqualTo(poznan().id());
        assertThat(back.isDeclaredEconomical()).isTrue();
        assertThat(back.getLines())
                .extracting(
                        Line::getLabel,
                        l -> l.getPlanned() == null ? null : l.getPlanned().toPlainString())
                .containsExactly(tuple("Train", "8500.00"), tuple("Own funds", "4500.00"), tuple("Noten", null));
        assertThat(back.getReceipts())
                .extracting(
                        Receipt::getPayee,
                        Receipt::getLine,
                        Receipt::getCurrency,
                        r -> r.getAmountEur().toPlainString())
                .containsExactly(
                        tuple("Deutsche Bahn", 0, "EUR", "7769.75"),
                        tuple("PKP Intercity", 0, "PLN", "230.25"),
                        tuple("Kulturverein", 1, "EUR", "4000.00"));
        Receipt zloty = back.getReceipts().get(1);
        assertThat(zloty.getRate()).isEqualByComparingTo("0.23025");
        assertThat(zloty.getRateSource()).isEqualTo("Kontoauszug vom 7. Mai 2026");
        assertThat(reports.problems(id)).isEmpty();
    }

    @Test
    void a_save_from_a_stale_tab_is_refused_as_a_conflict_and_a_bad_entry_saves_nothing() {
        long id = approved();
        ReportDraft first = reports.open(id).content();
        ReportDraft second = reports.open(id).content();
        first.setPlace("Hannover");
        reports.save(id, first);

        second.setPlace("Poznań");
        assertThatThrownBy(() -> reports.save(id, second))
                .isInstanceOfSatisfying(
                        FinalReportRefused.class,
                        e -> assertThat(e.isConflict()).isTrue());

        ReportDraft current = reports.open(id).content();
        current.setPublicity("Plakate");
        current.getLines().getFirst().setActual(new BigDecimal("12.345"));
        assertThatThrownBy(() -> reports.save(id, current))
                .isInstanceOfSatisfying(
                        FinalReportRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(ReportProblem::field, ReportProblem::messageKey)
                                .containsExactly(tuple("lines[0].actual", "finalreport.error.amount-decimals")));
        ReportDraft back = reports.open(id).content();
        assertThat(back.getPlace()).isEqualTo("Hannover");
        assertThat(back.getPublicity()).as("nothing of the refused save").isNull();
    }

    @Test
    void receipts_that_do_not_add_up_are_listed_per_line_with_the_difference() {
        long id = approved();
        ReportDraft d = complete(reports.open(id).content());
        d.getLines().get(0).setActual(eur("8000.50"));
        d.getLines().get(1).setActual(eur("3900.00"));
        reports.save(id, d);

        List<ReportProblem> problems = reports.problems(id);

        assertThat(problems)
                .extracting(ReportProblem::field, ReportProblem::messageKey)
                .containsExactly(
                        tuple("lines[0].actual", "finalreport.problem.line-sum"),
                        tuple("lines[1].actual", "finalreport.problem.line-sum"));
        assertThat(problems.get(0).arguments(Locale.GERMAN)[3]).asString().startsWith("0,50");
        assertThat(problems.get(1).arguments(Locale.GERMAN)[3]).asString().startsWith("100,00");
    }

    @Test
    void a_foreign_receipt_needs_rate_and_source_and_its_euros_must_follow_from_them() {
        long id = approved();
        ReportDraft d = complete(reports.open(id).content());
        d.getReceipts().get(1).foreign("PLN", eur("1000.00"), null, null);
        reports.save(id, d);

        assertThat(reports.problems(id))
                .extracting(ReportProblem::field)
                .containsExactly("receipts[1].rate", "receipts[1].rateSource");

        ReportDraft again = reports.open(id).content();
        again.getReceipts().get(1).foreign("PLN", eur("1000.00"), new BigDecimal("0.23"), "EZB-Referenzkurs");
        reports.save(id, again);

        assertThat(reports.problems(id))
                .extracting(ReportProblem::field, ReportProblem::messageKey)
                .containsExactly(tuple("receipts[1].amountEur", "finalreport.problem.euro-mismatch"));
    }

    @Test
    void the_submission_stores_a_receipt_pdf_and_publishes_its_event_once(ApplicationEvents events) throws IOException {
        long id = approved();
        ReportDraft d = complete(reports.open(id).content());
        reports.save(id, d);

        FinalReport submitted = reports.submit(id, Locale.GERMAN);
        FinalReport again = reports.submit(id, Locale.GERMAN);

        assertThat(submitted.status()).isEqualTo(FinalReport.Status.SUBMITTED);
        assertThat(submitted.hasReceipt()).isTrue();
        assertThat(again.submittedAt()).isEqualTo(submitted.submittedAt());
        long anna = users.as(
                ANNA,
                () -> fixture.bean(de.kulturbuero.grants.security.CurrentUser.class)
                        .require()
                        .accountId());
        assertThat(events.stream(FinalReportSubmitted.class)).containsExactly(new FinalReportSubmitted(id, anna));

        byte[] pdf = reports.receipt(id).orElseThrow();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(text(pdf))
                .contains("Verwendungsnachweis – Eingangsbestätigung")
                .contains(submitted.application().referenceNumber())
                .contains("Teatr Ósmego Dnia", "Poznań", "PKP Intercity", "PLN")
                .contains("8.500,00 €", "8.000,00 €");

        ReportDraft late = reports.open(id).content();
        late.setPlace("anderswo");
        assertThatThrownBy(() -> reports.save(id, late))
                .isInstanceOfSatisfying(
                        FinalReportRefused.class,
                        e -> assertThat(e.isSubmitted()).isTrue());
    }

    @Test
    void the_handed_in_report_ends_the_awards_wait_and_its_overdue_follow_up_and_stops_further_requests() {
        long id = fixture.readyForPayment("4000.00");
        ManagementService management = fixture.bean(ManagementService.class);
        Job overdue = management
                .createTimerJobQuery()
                .processInstanceId(fixture.instance(id, ProcessIds.AWARD_PROCESS))
                .elementId(ProcessIds.TIMER_REPORT_OVERDUE)
                .singleResult();
        management.moveTimerToExecutableJob(overdue.getId());
        fixture.runJobs(id);
        fixture.task(id, ProcessIds.TASK_FOLLOW_UP_REPORT);

        users.run(ANNA, () -> {
            reports.save(id, complete(reports.open(id).content()));
            reports.submit(id, Locale.GERMAN);
        });

        HistoryService history = fixture.bean(HistoryService.class);
        String award = fixture.instance(id, ProcessIds.AWARD_PROCESS);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(award)
                        .activityId(ProcessIds.CALL_CHECK_REPORT)
                        .count())
                .as("the report's arrival starts the office's check of it")
                .isOne();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(award)
                        .taskDefinitionKey(ProcessIds.TASK_FOLLOW_UP_REPORT)
                        .singleResult()
                        .getEndTime())
                .as("the follow-up left open ended with the report")
                .isNotNull();
        fixture.task(id, ProcessIds.TASK_QUICK_CHECK);
        assertThatThrownBy(() -> fixture.request(id, "100.00"))
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(PaymentProblem::messageKey)
                                .contains("payment.request.error.after-report"));
        assertThat(users.as(
                        TestUsers.CLARA,
                        () -> fixture.bean(ReviewActions.class).caseFile(id).audit()))
                .extracting(AuditEntry::action)
                .contains("FINAL_REPORT_SUBMITTED");
    }

    @Test
    void an_incomplete_report_is_not_submitted(ApplicationEvents events) {
        long id = approved();
        reports.open(id);

        assertThatThrownBy(() -> reports.submit(id, Locale.GERMAN))
                .isInstanceOfSatisfying(
                        FinalReportRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(ReportProblem::field)
                                .contains("carriedOutAsPlanned", "lines[0].actual", "declaredReceiptsKept"));
        assertThat(reports.open(id).status()).isEqualTo(FinalReport.Status.DRAFT);
        assertThat(events.stream(FinalReportSubmitted.class)).isEmpty();
    }

    @Test
    void another_applicant_gets_nowhere_near_the_report() {
        long id = approved();
        ReportDraft annas = reports.open(id).content();
        users.signIn(BEN);

        assertThatThrownBy(() -> reports.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.save(id, annas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.problems(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.submit(id, Locale.GERMAN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.receipt(id)).isInstanceOf(AccessDeniedException.class);
        users.signIn(TestUsers.CLARA);
        assertThatThrownBy(() -> reports.open(id))
                .as("an officer is no applicant")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_application_without_an_award_has_no_report() {
        long id = testApplications
                .submitAs(ANNA, TestApplications.uniqueTitle("Ohne Bewilligung"))
                .id();
        users.signIn(ANNA);

        assertThatThrownBy(() -> reports.open(id))
                .isInstanceOfSatisfying(
                        FinalReportRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(ReportProblem::messageKey)
                                .containsExactly(FinalReports.NOT_AWARDED));
    }
}
