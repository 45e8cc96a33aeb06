package de.kulturbuero.grants.finalreport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.ReportExtension;
import de.kulturbuero.grants.finalreport.ReportExtensionProcessing;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The request for more time on the report page, without a browser, on an award the real review
 * produced and made final ({@link PaymentFixture}): the form names the current due date and the
 * latest one; a refused request says why at its fields and keeps what was typed; a sent one is
 * listed as waiting, and the form is gone until it is decided.
 */
@IntegrationTest
class ExtensionSectionViewIT extends SpringBrowserlessTest {

    private final PaymentFixture fixture;
    private final FinalReports reports;
    private final ReportExtensionProcessing extensions;

    @Autowired
    ExtensionSectionViewIT(ApplicationContext context, FinalReports reports, ReportExtensionProcessing extensions) {
        this.fixture = new PaymentFixture(context);
        this.reports = reports;
        this.extensions = extensions;
    }

    private String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private String sectionText() {
        return $(Component.class).all().stream()
                .filter(c -> c.getId().filter("report-extension"::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no extension section"))
                .getElement()
                .getTextRecursively();
    }

    /** A value as if the user had entered it. */
    private static <V> void enter(Component field, V value) {
        new ComponentTester<Component>(field) {
            void send(V v) {
                setValueAsUser(v);
            }
        }.send(value);
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void a_refused_request_says_why_and_keeps_the_input_and_a_sent_one_waits_for_the_decision() {
        long id = fixture.readyForPayment("3000.00");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(FinalReportView.class, id);
        LocalDate due = reports.open(id).dueDate();
        String dueText = Formats.date(due, Locale.GERMAN);
        assertThat(sectionText())
                .contains(
                        t("finalreport.extension.title"),
                        t("finalreport.extension.intro", dueText, Formats.date(due.plusMonths(6), Locale.GERMAN)));

        DatePicker date = $(DatePicker.class).id("report-extension-date");
        TextArea reason = $(TextArea.class).id("report-extension-reason");
        enter(date, due);
        enter(reason, "Die Partnerstadt schickt die Belege später.");
        test($(Button.class).id("report-extension-request")).click();

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo(t("finalreport.extension.error.date-not-after", dueText));
        assertThat(reason.getValue()).as("kept").isEqualTo("Die Partnerstadt schickt die Belege später.");
        assertThat(extensions.all(id)).isEmpty();

        enter(date, due.plusMonths(2));
        enter(reason, "  ");
        test($(Button.class).id("report-extension-request")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(t("finalreport.extension.error.reason-missing"));
        assertThat(date.getValue()).as("kept").isEqualTo(due.plusMonths(2));

        enter(reason, "Die Partnerstadt schickt die Belege später.");
        test($(Button.class).id("report-extension-request")).click();

        assertThat(extensions.all(id)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ReportExtension.Status.OPEN);
            assertThat(e.requestedDate()).isEqualTo(due.plusMonths(2));
        });
        fixture.task(id, ProcessIds.TASK_DECIDE_EXTENSION);
        assertThat(sectionText())
                .contains(Formats.date(due.plusMonths(2), Locale.GERMAN), t("finalreport.extension.status.OPEN"));
        assertThat($(Button.class).all())
                .as("one request at a time")
                .noneMatch(b ->
                        b.getId().filter("report-extension-request"::equals).isPresent());
    }
}
