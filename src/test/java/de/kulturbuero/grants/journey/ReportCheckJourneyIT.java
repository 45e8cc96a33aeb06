package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.Roles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grant's last phase in the browser: a paid grant's recipient hands in the final report (a
 * train line over its plan and a hotel paid in pounds), the clerk checks it in depth and
 * recognises less of the hotel, a second clerk confirms the reclaim (four eyes), the
 * recipient answers the hearing on the report page, the clerk decides the reclaim with interest
 * and the notice is written, the cash office confirms the repayment, and the recipient sees the
 * closed case and the reclaim notice. axe scans the new pages.
 */
class ReportCheckJourneyIT extends ApplicationWizardDriver {

    @Autowired
    ApplicationContext context;

    private PaymentFixture fixture;

    @AfterEach
    void resetCheckTerms() {
        if (fixture != null) {
            jdbc().sql("UPDATE funding_programme SET check_sample_share = 0.1 WHERE id = ?")
                    .param(fixture.programmeId())
                    .update();
        }
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    @Test
    void a_report_with_an_overrun_and_a_foreign_receipt_ends_in_a_reclaim_notice_and_the_closed_case()
            throws Exception {
        Path report = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"), "axe-report-check.txt");
        Files.deleteIfExists(report);
        AxeCheck axe = new AxeCheck(report);
        fixture = new PaymentFixture(context);
        // every report of the fixture's programme is drawn for the in-depth check
        jdbc().sql("UPDATE funding_programme SET check_sample_share = 1 WHERE id = ?")
                .param(fixture.programmeId())
                .update();
        fixture.ensureBaseRates();
        // granted 2,000 €: plan 4,500 € train, 2,500 € own funds; 1,500 € paid
        long id = fixture.readyForPayment("2000.00");
        fixture.payThroughRun(id, fixture.request(id, "1500.00"));
        String reference =
                context.getBean(GrantApplicationProcessing.class).summary(id).referenceNumber();
        draftReport(id);

        // --- Anna: the report as she left it, the pound receipt in euros, submitted
        login(PaymentFixture.APPLICANT);
        waitForUrl("/applications");
        open("applications/report/" + id);
        waitForHeading(t("finalreport.page.title"));
        // what she typed stands in the fields: the hotel's payee and its euro amount from 2,000 GBP at 1.15
        waitUntil(
                "the pound receipt in its fields",
                () -> fieldValues().contains("Hotel Bristol") && fieldValues().contains("2.300,00") ? true : null);
        screenshot("anna-report-before-submit");
        axe.scan(driver, "report-draft");
        click(By.id("report-submit-button"));
        waitUntil(
                "the report to be submitted",
                () -> driver.findElements(By.id("report-submitted")).isEmpty() ? null : true);
        screenshot("anna-report-submitted");
        logout();

        // --- Clara: the quick check goes on, the in-depth check recognises 300 € of the 2,300 € hotel
        login(PaymentFixture.CLERK);
        waitForUrl("/inbox");
        openTask(reference);
        waitForText(t("review.check.quick.go-on"));
        screenshot("clara-quick-check");
        axe.scan(driver, "quick-check");
        click(By.id("quick-check-complete"));
        waitForNotification(t("review.task.done"));
        fixture.runJobs(id);

        openTask(reference);
        waitUntil(
                "the check form",
                () -> driver.findElements(By.id("check-recognised-1")).isEmpty() ? null : true);
        type(By.id("check-recognised-1"), "300");
        type(By.id("check-reason-1"), "Nur eine Übernachtung zuwendungsfähig");
        // the figures follow the amounts as they are typed: 3,500 + 300 recognised − 2,500 own funds = 1,300 €
        waitUntil(
                "the balance to show the reclaim",
                () -> driver.findElement(By.id("check-balance")).getText().contains("200,00") ? true : null);
        typeArea(By.id("check-note"), "Vertieft geprüft: Hotelkosten nur für eine Nacht anerkannt.");
        screenshot("clara-check-report");
        axe.scan(driver, "check-report");
        click(By.id("check-complete"));
        waitForNotification(t("review.task.done"));
        logout();

        // --- a second clerk, the second pair of eyes (Clara, who checked, is refused): confirms the reclaim
        String second = "sven.zweitpruefung@example.org";
        context.getBean(AccountService.class)
                .createIfAbsent(second, DEMO_PASSWORD, "Sven Zweitprüfung", null, "de", List.of(Roles.CLERK));
        login(second);
        openTask(reference);
        waitForText(t("review.reclaim.confirm"));
        assertThat(driver.findElement(By.id("reclaim-summary")).getText()).contains("200,00");
        screenshot("second-clerk-confirm-reclaim");
        axe.scan(driver, "confirm-reclaim");
        click(By.id("payment-confirm"));
        waitForNotification(t("review.reclaim.confirmed"));
        logout();
        fixture.runJobs(id);

        // --- Anna: the hearing letter is on the report page; she answers
        login(PaymentFixture.APPLICANT);
        open("applications/report/" + id);
        waitForHeading(t("finalreport.page.title"));
        waitUntil(
                "the hearing letter",
                () -> driver.findElements(By.id("report-letter-HEARING")).isEmpty() ? null : true);
        typeArea(By.id("report-hearing-text"), "Die zweite Nacht war wegen des Bahnstreiks nötig.");
        screenshot("anna-hearing");
        axe.scan(driver, "report-hearing");
        click(By.id("report-hearing-send"));
        // the page shows the response in place of the form (the confirmation may already have closed)
        waitUntil(
                "the response on the page",
                () -> driver.findElements(By.id("report-hearing-response")).isEmpty() ? null : true);
        logout();

        // --- Clara: decides the reclaim of 200 € with interest; the notice is written
        login(PaymentFixture.CLERK);
        openTask(reference);
        waitForText("Die zweite Nacht war wegen des Bahnstreiks nötig.");
        screenshot("clara-decide-reclaim");
        axe.scan(driver, "decide-reclaim");
        click(By.id("reclaim-decide"));
        waitForNotification(t("review.reclaim.decided"));
        logout();
        fixture.runJobs(id);

        // --- Finn (cash office): the money came back
        login(PaymentFixture.FINANCE);
        openTask(reference);
        WebElement owed = waitUntil(
                "the amount owed",
                () -> driver.findElements(By.id("repayment-owed")).stream()
                        .findFirst()
                        .orElse(null));
        // by hand: 200.00 € reclaimed, interest 5 points above the base rate of each half-year (never below 0)
        // for the 30 days from the notice to its due date, actual/365, rounded once: with the seeded 1.27 %
        // that is 200.00 × 6.27 × 30 / 36,500 = 1.0307 → 1.03 €; the suite's other tests may have added rates
        BigDecimal interest = interestByHand(new BigDecimal("200.00"), today(), today().plusDays(30));
        assertThat(owed.getText()).contains(german(new BigDecimal("200.00").add(interest)));
        setDatePicker(t("review.repayment.date"), LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
        screenshot("finn-confirm-repayment");
        axe.scan(driver, "confirm-repayment");
        click(By.id("repayment-confirm"));
        waitForNotification(t("review.repayment.confirmed"));
        logout();
        fixture.runJobs(id);

        // --- Anna: the case is closed, the reclaim notice is on the report page
        login(PaymentFixture.APPLICANT);
        open("application/" + id);
        waitForText(t("grantapplication.status.CLOSED"));
        screenshot("anna-case-closed");
        open("applications/report/" + id);
        waitUntil(
                "the reclaim notice",
                () -> driver.findElements(By.id("report-letter-RECLAIM_NOTICE")).isEmpty() ? null : true);
        screenshot("anna-reclaim-notice");
        String notice = noticeText(id, "RECLAIM_NOTICE");
        // the grant as recognised (3,500 + 300 − 2,500 = 1,300 €), the reclaim, the interest and the reason
        assertThat(notice)
                .contains(
                        reference,
                        "1.300,00",
                        "3.800,00",
                        "200,00",
                        german(interest),
                        "Nur eine Übernachtung zuwendungsfähig");
        axe.scan(driver, "report-closed");
        logout();
        assertThat(axe.all())
                .as("axe-core violations on the report check pages, see " + report)
                .isEmpty();
    }

    /**
     * The report as Anna saved it on the page before: the train 5,800 € against 4,500 € planned
     * (over the line and the total, which binds), of which 2,300 € a Bristol hotel paid in pounds
     * (2,000 GBP at 1.15), and the own funds as planned.
     */
    private void draftReport(long id) {
        FinalReports reports = context.getBean(FinalReports.class);
        TestUsers users = context.getBean(TestUsers.class);
        users.run(PaymentFixture.APPLICANT, () -> {
            ReportDraft d = reports.open(id).content();
            d.setCarriedOutAsPlanned(true);
            d.setActualStart(LocalDate.now().minusMonths(2));
            d.setActualEnd(LocalDate.now().minusMonths(2).plusDays(6));
            d.setPlace("Hannover und Bristol");
            d.setPartnerCityId(context.getBean(ProgrammeService.class).activePartnerCities().stream()
                    .filter(c -> c.name().equals("Bristol"))
                    .findFirst()
                    .orElseThrow()
                    .id());
            d.setParticipantsLocal(12);
            d.setParticipantsPartner(9);
            d.setPartnerContribution("Die Partner in Bristol haben das Programm mitgestaltet.");
            d.setPublicity("Bericht in der Lokalzeitung.");
            d.getLines().get(0).setActual(new BigDecimal("5800.00"));
            d.getLines().get(1).setActual(new BigDecimal("2500.00"));
            d.getReceipts().clear();
            d.getReceipts()
                    .add(new ReportDraft.Receipt(
                            LocalDate.now().minusMonths(3),
                            "Deutsche Bahn",
                            "Fahrkarten",
                            0,
                            new BigDecimal("3500.00")));
            d.getReceipts()
                    .add(new ReportDraft.Receipt(
                                    LocalDate.now().minusMonths(2),
                                    "Hotel Bristol",
                                    "Übernachtungen",
                                    0,
                                    new BigDecimal("2300.00"))
                            .foreign("GBP", new BigDecimal("2000.00"), new BigDecimal("1.15"), "EZB-Referenzkurs"));
            d.getReceipts()
                    .add(new ReportDraft.Receipt(
                            LocalDate.now().minusMonths(2),
                            "Kulturverein",
                            "Eigenmittel",
                            1,
                            new BigDecimal("2500.00")));
            d.setDeclaredEconomical(true);
            d.setDeclaredReceiptsKept(true);
            reports.save(id, d);
        });
    }

    private void openTask(String reference) {
        open("inbox");
        waitForUrl("/inbox");
        searchInbox(reference);
        openFromInbox(reference);
    }

    private void click(By by) {
        WebElement element = waitUntil(
                by.toString(),
                () -> driver.findElements(by).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
    }

    private static String german(BigDecimal amount) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.GERMANY);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    /**
     * The interest as the funding rules define it, written out here apart from the portal's rule:
     * the days from {@code from} to {@code until} split at 1 January and 1 July, each span at
     * max(0, base rate in force + 5) percent a year over 365 days, summed exactly, rounded half up
     * to the cent once.
     */
    private BigDecimal interestByHand(BigDecimal amount, LocalDate from, LocalDate until) {
        java.util.List<de.kulturbuero.grants.settlement.BaseRate> rates = context.getBean(TestUsers.class)
                .as(
                        PaymentFixture.CLERK,
                        () -> context.getBean(de.kulturbuero.grants.settlement.BaseRates.class)
                                .all());
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate start = from;
        while (start.isBefore(until)) {
            LocalDate halfYear = start.getMonthValue() < 7
                    ? LocalDate.of(start.getYear(), 7, 1)
                    : LocalDate.of(start.getYear() + 1, 1, 1);
            LocalDate end = halfYear.isBefore(until) ? halfYear : until;
            LocalDate day = start;
            BigDecimal base = rates.stream()
                    .filter(r -> !r.validFrom().isAfter(day))
                    .max(java.util.Comparator.comparing(de.kulturbuero.grants.settlement.BaseRate::validFrom))
                    .orElseThrow()
                    .rate();
            BigDecimal rate = base.add(new BigDecimal("5")).max(BigDecimal.ZERO);
            sum = sum.add(amount.multiply(rate)
                    .multiply(BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(start, end))));
            start = end;
        }
        return sum.divide(new BigDecimal("36500"), 2, java.math.RoundingMode.HALF_UP);
    }

    /** The text of the stored letter of {@code kind} (as the applicant downloads it). */
    private String noticeText(long id, String kind) throws java.io.IOException {
        byte[] pdf = jdbc().sql("SELECT content FROM application_notice WHERE application_id = ? AND kind = ?")
                .params(id, kind)
                .query(byte[].class)
                .single();
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
        org.openpdf.text.pdf.parser.PdfTextExtractor extractor =
                new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        // table cells wrap: read every run of blanks and line breaks as one blank
        return text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /** The values of every text field on the page (values are properties, not page text). */
    private String fieldValues() {
        return String.valueOf(
                js().executeScript("return Array.from(document.querySelectorAll('vaadin-text-field, vaadin-combo-box'))"
                        + ".map(f => f.value).join(' | ');"));
    }

    private void type(By field, String text) {
        typeInto(driver.findElement(field).findElement(By.cssSelector("input")), text);
    }

    private void typeArea(By field, String text) {
        typeInto(driver.findElement(field).findElement(By.cssSelector("textarea")), text);
    }
}
