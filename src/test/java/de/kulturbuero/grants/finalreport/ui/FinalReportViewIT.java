package de.kulturbuero.grants.finalreport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.finalreport.FinalReport;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.payment.ui.PaymentsView;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.MoneyField;
import de.kulturbuero.grants.shared.ui.NotFoundView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The final report page without a browser, on awards the real review produced ({@link
 * PaymentFixture}, plan: travel 8,500 €, own funds 4,500 €): reached from the payment page, the
 * plan's lines with their planned amounts, an actual amount saved as typed (a refused one not),
 * a receipt in złoty whose euros follow from original × rate and whose line check says so in
 * words, a stale tab told so, the submission with the receipt to download; another applicant's
 * or a not approved id answers "not found".
 */
@IntegrationTest
class FinalReportViewIT extends SpringBrowserlessTest {

    private final PaymentFixture fixture;
    private final FinalReports reports;
    private final TestApplications testApplications;

    @Autowired
    FinalReportViewIT(ApplicationContext context, FinalReports reports, TestApplications testApplications) {
        this.fixture = new PaymentFixture(context);
        this.reports = reports;
        this.testApplications = testApplications;
    }

    private String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private void open(long id) {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(FinalReportView.class, id);
        assertThat(getCurrentView()).isInstanceOf(FinalReportView.class);
    }

    private static String money(String amount) {
        return Formats.money(new BigDecimal(amount), Locale.GERMAN);
    }

    private String text(String id) {
        // a section is its composite's element too: both match the id
        return $(Component.class).all().stream()
                .filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing with id " + id))
                .getElement()
                .getTextRecursively();
    }

    private String saveStatus() {
        return $(Span.class).id("report-save-status").getText();
    }

    private static String pageText() {
        return UI.getCurrent()
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .collect(Collectors.joining(" "));
    }

    /** A value as if the user had entered it. */
    private static <V> void enter(Component field, V value) {
        new ComponentTester<Component>(field) {
            void send(V v) {
                setValueAsUser(v);
            }
        }.send(value);
    }

    /** The actual amount of line {@code index} (its text field inside the money field). */
    private com.vaadin.flow.component.textfield.TextField actual(int index) {
        Div row = $(Div.class).id("report-line-" + index);
        return $(com.vaadin.flow.component.textfield.TextField.class, row)
                .withLabel(t("finalreport.figures.actual"))
                .single();
    }

    private String errorSummary() {
        return $(ErrorSummary.class).all().stream()
                .filter(Component::isVisible)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error summary is shown"))
                .getElement()
                .getTextRecursively();
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void the_payment_page_leads_to_the_report_with_the_plans_lines_and_an_actual_amount_is_saved_as_typed() {
        long id = fixture.approved("4000.00");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(PaymentsView.class, id);
        Anchor link = $(Anchor.class).id("final-report-link");
        assertThat(link.getText()).isEqualTo("Verwendungsnachweis");
        assertThat(link.getHref()).isEqualTo("applications/report/" + id);
        navigate(link.getHref(), FinalReportView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Verwendungsnachweis");
        FinalReport report = reports.open(id);
        assertThat(text("report-due")).contains(Formats.date(report.dueDate(), Locale.GERMAN));
        assertThat(text("report-figures"))
                .contains(t("finalreport.figures.title"), "Train", "Own funds", money("8500.00"), money("4500.00"));

        test(actual(0)).setValue("8000");

        assertThat(saveStatus()).startsWith("Entwurf gespeichert");
        assertThat(reports.open(id).content().getLines().getFirst().getActual()).isEqualByComparingTo("8000.00");
        assertThat(text("report-totals"))
                .contains(t(
                        "finalreport.figures.total-value",
                        t("finalreport.figures.total-costs"),
                        money("8500.00"),
                        money("8000.00"),
                        money("-500.00")));

        test(actual(0)).setValue("12,3456");

        assertThat(saveStatus()).isEqualTo("Nicht gespeichert: eine Angabe muss korrigiert werden");
        assertThat(reports.open(id).content().getLines().getFirst().getActual())
                .as("the refused text is not saved")
                .isEqualByComparingTo("8000.00");
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void a_receipt_in_zloty_gets_its_euros_from_original_times_rate_and_the_line_check_says_whether_it_adds_up() {
        long id = fixture.approved("4000.00");
        open(id);

        test($(Button.class).id("report-add-receipt")).click();
        Div receipt = $(Div.class).id("report-receipt-0");
        enter($(ComboBox.class, receipt).single(), "PLN");
        enter(
                $(BigDecimalField.class, receipt)
                        .withLabel(t("finalreport.receipt.original"))
                        .single(),
                new BigDecimal("1000.00"));
        enter(
                $(BigDecimalField.class, receipt)
                        .withLabel(t("finalreport.receipt.rate"))
                        .single(),
                new BigDecimal("0.23025"));
        enter($(Select.class, receipt).single(), 0);

        assertThat($(MoneyField.class, receipt).single().getValue()).isEqualByComparingTo("230.25");
        assertThat(text("report-line-checks"))
                .contains(t("finalreport.check.no-actual", "Ausgaben: Reisekosten – Train", money("230.25")));

        test(actual(0)).setValue("230,25");

        assertThat(text("report-line-checks"))
                .contains(t(
                        "finalreport.check.matches",
                        "Ausgaben: Reisekosten – Train",
                        money("230.25"),
                        money("230.25")));
        test(actual(0)).setValue("300");
        assertThat(text("report-line-checks"))
                .contains(t(
                        "finalreport.check.differs",
                        "Ausgaben: Reisekosten – Train",
                        money("230.25"),
                        money("300.00"),
                        money("-69.75")));
        ReportDraft.Receipt saved = reports.open(id).content().getReceipts().getFirst();
        assertThat(saved.getCurrency()).isEqualTo("PLN");
        assertThat(saved.getAmountEur()).isEqualByComparingTo("230.25");
        assertThat(saved.getLine()).isZero();
        assertThat(saveStatus()).startsWith("Entwurf gespeichert");
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void a_change_saved_in_another_tab_stops_this_one_with_a_clear_message() {
        long id = fixture.approved("4000.00");
        open(id);
        ReportDraft other = reports.open(id).content();
        other.setPlace("Hannover");
        reports.save(id, other);

        test(actual(0)).setValue("100");

        assertThat(errorSummary()).contains(t("finalreport.error.conflict"));
        assertThat(saveStatus()).startsWith("Nicht gespeichert");
        assertThat(reports.open(id).content().getLines().getFirst().getActual()).isNull();
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void an_incomplete_report_is_refused_with_its_problems_and_a_complete_one_gives_the_receipt() {
        long id = fixture.approved("4000.00");
        open(id);
        test($(Button.class).id("report-submit-button")).click();
        assertThat(errorSummary())
                .contains(t("finalreport.problem.as-planned-required"), t("finalreport.problem.declaration-receipts"));
        assertThat($(Checkbox.class).id("report-declaredReceiptsKept").isInvalid())
                .isTrue();

        ReportDraft d = reports.open(id).content();
        d.setCarriedOutAsPlanned(true);
        d.setActualStart(LocalDate.of(2026, 5, 4));
        d.setActualEnd(LocalDate.of(2026, 5, 12));
        d.setPlace("Hannover");
        d.setParticipantsLocal(10);
        d.setParticipantsPartner(0);
        d.setPartnerContribution("Gemeinsame Planung.");
        d.setPublicity("Pressemitteilung.");
        d.getLines().get(0).setActual(new BigDecimal("100.00"));
        d.getLines().get(1).setActual(new BigDecimal("0.00"));
        d.getReceipts()
                .add(new ReportDraft.Receipt(
                        LocalDate.of(2026, 5, 5), "Üstra", "Fahrkarten", 0, new BigDecimal("100.00")));
        d.setDeclaredEconomical(true);
        reports.save(id, d);
        open(id);
        test($(Checkbox.class).id("report-declaredReceiptsKept")).click();

        test($(Button.class).id("report-submit-button")).click();

        assertThat(reports.open(id).status()).isEqualTo(FinalReport.Status.SUBMITTED);
        assertThat($(Anchor.class).id("report-receipt-download").getText())
                .isEqualTo(t("finalreport.submitted.receipt"));
        assertThat(text("report-submitted")).startsWith("Eingereicht am");
        assertThat($(Section.class).all())
                .as("nothing left to edit")
                .noneMatch(s -> s.hasClassName("final-report-section"));
    }

    @Test
    @WithUserDetails(TestUsers.BEN)
    void another_applicants_report_and_an_application_without_award_are_not_found() {
        long annas = fixture.approved("1000.00");
        navigate("applications/report/" + annas, NotFoundView.class);
        assertThat(pageText()).contains(t("shared.not-found"));

        long bens = testApplications
                .submitAs(TestUsers.BEN, TestApplications.uniqueTitle("Noch nicht bewilligt"))
                .id();
        navigate("applications/report/" + bens, NotFoundView.class);
        assertThat(pageText()).contains(t("shared.not-found"));
    }
}
