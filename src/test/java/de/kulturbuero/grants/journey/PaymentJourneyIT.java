package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.PaymentFixture;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The money of an approved grant end to end in a real browser: Anna waives the right to appeal,
 * enters her IBAN and requests 60 % of the grant; Clara confirms the request as correct, Finn (the
 * cash office) orders it, builds a payment run and downloads both files (the SEPA file validated
 * against the ISO 20022 schema, the CSV read); Finn marks the run executed and Anna sees "paid",
 * then opens her final report; Hanna opens the base interest rates. axe-core runs on every new
 * page and the two task forms and must find no violation.
 */
class PaymentJourneyIT extends ApplicationWizardDriver {

    private static final String IBAN = "DE89 3704 0044 0532 0130 00";

    @Autowired
    ApplicationContext context;

    @Test
    void applicant_requests_money_two_officers_release_it_the_cash_office_pays_it_and_the_applicant_sees_paid()
            throws Exception {
        Path report = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"), "axe-payments.txt");
        Files.deleteIfExists(report);
        AxeCheck axe = new AxeCheck(report);
        PaymentFixture fixture = new PaymentFixture(context);
        long id = fixture.approved("5000.00");
        String reference =
                context.getBean(GrantApplicationProcessing.class).summary(id).referenceNumber();

        // --- Anna: from the approved application to its payments page
        login(PaymentFixture.APPLICANT);
        waitForUrl("/applications");
        open("application/" + id);
        WebElement link = waitUntil(
                "the link to the payments page",
                () -> driver.findElements(By.partialLinkText(t("payment.page.link"))).stream()
                        .findFirst()
                        .orElse(null));
        link.click();
        waitForHeading(t("payment.page.title"));
        waitForText(t("payment.page.summary.granted"));
        screenshot("anna-payments-not-final");
        axe.scan(driver, "payments-not-final");

        // the waiver of appeal makes the notice final at once
        WebElement declaration = driver.findElement(By.id("appeal-waiver-declaration"));
        declaration.findElement(By.cssSelector("input[type=checkbox]")).click();
        waitForVaadin();
        driver.findElement(By.id("appeal-waiver-submit")).click();
        waitForNotification(t("payment.page.waiver.done"));
        waitForText(textBefore("payment.page.finality.by-waiver"));

        // bank details, checked as they are typed
        setTextField(t("payment.page.bank.holder"), PaymentFixture.HOLDER);
        setTextField(t("payment.page.bank.iban"), "DE89 3704 0044 0532 0130 01");
        waitUntil(
                "the IBAN's check digits to be refused at the field",
                () -> "true"
                                .equals(String.valueOf(component("vaadin-text-field", t("payment.page.bank.iban"))
                                        .getDomProperty("invalid")))
                        ? true
                        : null);
        setTextField(t("payment.page.bank.iban"), IBAN);
        driver.findElement(By.id("bank-details-save")).click();
        waitForNotification(t("payment.page.bank.saved"));

        // 60 % of the grant, needed in a week
        setMoneyField(t("payment.page.request.amount"), "3000");
        setDatePicker(
                t("payment.page.request.needed-by"),
                LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7));
        setTextArea(t("payment.page.request.purpose"), "Busreise nach Rouen, Anzahlung");
        driver.findElement(By.id("payment-request-submit")).click();
        waitForNotification(textBefore("payment.page.request.sent"));
        waitForText(t("payment.page.status.REQUESTED"));
        screenshot("anna-payments-requested");
        axe.scan(driver, "payments-requested");
        // the phone layout is scanned once the confirmations have closed (a fading card has too little contrast)
        waitUntil("the confirmations to close", () -> notifications().isEmpty() ? true : null);
        viewport(390, 844);
        // opened anew at phone size: a resize alone sends the layout's size to the server while axe runs
        open("applications/payments/" + id);
        waitForHeading(t("payment.page.title"));
        waitForText(t("payment.page.status.REQUESTED"));
        screenshot("anna-payments-phone");
        axe.scan(driver, "payments-phone");
        desktopViewport();
        logout();

        // --- Clara: the factual and arithmetical check
        login(PaymentFixture.CLERK);
        waitForUrl("/inbox");
        searchInbox(reference);
        openFromInbox(reference);
        waitForText(t("review.payment.check.confirm"));
        screenshot("clara-check-payment");
        axe.scan(driver, "check-payment-task");
        clickButton(t("review.payment.check.confirm"));
        waitForNotification(t("review.payment.check.done"));
        waitForUrl("/inbox");
        logout();

        // --- Finn: the payment order, then the payment run with both files
        login(PaymentFixture.FINANCE);
        waitForUrl("/inbox");
        searchInbox(reference);
        openFromInbox(reference);
        waitForText(t("review.payment.order.confirm"));
        screenshot("finn-order-payment");
        axe.scan(driver, "order-payment-task");
        clickButton(t("review.payment.order.confirm"));
        waitForNotification(t("review.payment.order.done"));

        open("payments/runs");
        waitForHeading(t("payment.runs.title"));
        waitForText(reference);
        screenshot("finn-payment-runs");
        axe.scan(driver, "payment-runs");
        clickButton(t("payment.runs.create.button"));
        waitForText(t("payment.runs.download.pain"));
        String runPath = driver.getCurrentUrl().replaceFirst("^.*?/payments/runs", "payments/runs");
        screenshot("finn-payment-run");
        axe.scan(driver, "payment-run");

        String pain = new String(fetch(t("payment.runs.download.pain")), StandardCharsets.UTF_8);
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/iso20022/pain.001.001.09.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(pain)));
        assertThat(pain).contains("DE89370400440532013000", ">3000.00<", reference);
        String csv = new String(fetch(t("payment.runs.download.csv")), StandardCharsets.UTF_8);
        assertThat(csv).contains("DE89370400440532013000", "3000,00", reference);

        // the first download fixed the run; it is booked on today's date
        open(runPath);
        waitForText(t("payment.runs.download.fixed"));
        clickButton(t("payment.runs.execute.button"));
        waitForText(t("payment.runs.status.EXECUTED"));
        screenshot("finn-payment-run-executed");
        logout();

        // --- Anna: paid
        login(PaymentFixture.APPLICANT);
        waitForUrl("/applications");
        open("applications/payments/" + id);
        waitForHeading(t("payment.page.title"));
        waitForText(t("payment.page.status.PAID"));
        screenshot("anna-payments-paid");
        // and the application's timeline tells the same
        open("application/" + id);
        waitForText(t("payment.timeline.paid", 1, "3.000,00 €"));
        screenshot("anna-application-timeline-paid");

        // the final report's page, linked from the payments page, and its first save
        open("applications/payments/" + id);
        waitForHeading(t("payment.page.title"));
        // the link sits far down in the layout's own scroll container, which the driver does not scroll
        js().executeScript(
                        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                        driver.findElement(By.id("final-report-link")));
        waitForHeading(t("finalreport.page.title"));
        screenshot("anna-final-report");
        axe.scan(driver, "final-report");
        logout();

        // --- the head of office keeps the base interest rates of reclaims
        login("hanna@example.org");
        open("admin/base-rates");
        waitForHeading(t("settlement.rates.title"));
        screenshot("hanna-base-rates");
        axe.scan(driver, "base-rates");
        assertThat(axe.all())
                .as("axe-core violations on the payment pages, see " + report)
                .isEmpty();
    }

    /** A text's words before its first argument (the rest holds a date or an amount). */
    private String textBefore(String key) {
        return t(key, "\u0000").split("\u0000")[0].strip();
    }

    /** The file behind the download link labelled {@code label}, fetched in the browser with its session. */
    private byte[] fetch(String label) {
        // the page shows the run anew after it was created, with new links: read the link that is there now
        waitForVaadin();
        String[] last = {""};
        Object base64;
        try {
            base64 = waitUntil("the file behind " + label, Duration.ofSeconds(20), () -> {
                WebElement anchor = driver.findElements(By.partialLinkText(label)).stream()
                        .findFirst()
                        .orElse(null);
                if (anchor == null) {
                    return null;
                }
                String href = anchor.getDomProperty("href");
                Object got = js().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], {credentials: 'same-origin'})
                      .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                      .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
                      .catch(e => done('ERROR ' + e));""", href);
                last[0] = href + " -> " + got;
                return String.valueOf(got).startsWith("ERROR") ? null : got;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The download failed: " + last[0], e);
        }
        return Base64.getDecoder().decode(String.valueOf(base64));
    }
}
