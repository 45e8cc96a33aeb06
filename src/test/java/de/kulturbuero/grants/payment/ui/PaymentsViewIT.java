package de.kulturbuero.grants.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ui.ApplicationView;
import de.kulturbuero.grants.payment.AwardEntries;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.BankAccountCheck;
import de.kulturbuero.grants.payment.PaymentFixture;
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
 * The applicant's payment page without a browser, on awards the real review produced
 * ({@link PaymentFixture}): the figures of an approved grant, the waiver that makes the notice
 * final, bank details checked at the field, and a request over the available amount refused at
 * the amount field with nothing saved. Another applicant's, an unknown or a not yet approved id
 * answers "not found".
 */
@IntegrationTest
class PaymentsViewIT extends SpringBrowserlessTest {

    private final PaymentFixture fixture;
    private final AwardOverview overview;
    private final TestApplications testApplications;

    @Autowired
    PaymentsViewIT(ApplicationContext context, AwardOverview overview, TestApplications testApplications) {
        this.fixture = new PaymentFixture(context);
        this.overview = overview;
        this.testApplications = testApplications;
    }

    private String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private void open(long id) {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(PaymentsView.class, id);
        assertThat(getCurrentView()).isInstanceOf(PaymentsView.class);
    }

    private static String money(String amount) {
        return Formats.money(new BigDecimal(amount), Locale.GERMAN);
    }

    private static String date(LocalDate date) {
        return Formats.date(date, Locale.GERMAN);
    }

    private String sectionText(String id) {
        return $(Section.class).id(id).getElement().getTextRecursively();
    }

    private static String pageText() {
        return UI.getCurrent()
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .collect(Collectors.joining(" "));
    }

    private AwardOverview.View award(long id) {
        return overview.of(id).orElseThrow();
    }

    private TextField textField(String labelKey) {
        return $(TextField.class).withLabel(t(labelKey)).single();
    }

    private Button button(String textKey) {
        return $(Button.class).withText(t(textKey)).single();
    }

    /** A value as if the user had entered it. */
    private static <V> void enter(Component field, V value) {
        new ComponentTester<Component>(field) {
            void send(V v) {
                setValueAsUser(v);
            }
        }.send(value);
    }

    private String lastNotification() {
        Notification notification = $(Notification.class).last();
        assertThat(notification.isOpened()).isTrue();
        return test(notification).getText();
    }

    private String errorSummary() {
        ErrorSummary summary = $(ErrorSummary.class).all().stream()
                .filter(Component::isVisible)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error summary is shown"));
        return summary.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void the_page_of_an_approved_application_shows_the_figures_and_waits_for_finality() {
        long id = fixture.approved("3000.00");
        AwardOverview.View award = award(id);

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(ApplicationView.class, id);
        Anchor link = $(Anchor.class).id("payments-link");
        assertThat(link.getText()).isEqualTo(t("payment.page.link"));
        assertThat(link.getHref()).isEqualTo("applications/payments/" + id);
        navigate(link.getHref(), PaymentsView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Auszahlung der Zuwendung");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .startsWith("Auszahlung der Zuwendung – " + award.application().referenceNumber());
        assertThat(sectionText("payment-summary"))
                .contains(t("payment.page.summary.granted"), money("3000.00"))
                .contains(
                        t("payment.page.summary.holdback"),
                        money("300.00"),
                        "10\u00a0%",
                        "Nr. 1.4 ANBest-P i. V. m. den Förderrichtlinien")
                .contains(t("payment.page.summary.available"), money("2700.00"))
                .contains(t("payment.page.summary.paid"), money("0.00"))
                .contains(t("payment.page.summary.outstanding"))
                .contains(t("payment.page.mode.ON_REQUEST", "Nr. 1.4 ANBest-P"));
        LocalDate issued = award.noticeIssuedAt().atZone(Formats.ZONE).toLocalDate();
        assertThat(sectionText("payment-finality"))
                .contains(t("payment.page.finality.not-final", date(issued), date(award.finalAtTheLatest())));
        assertThat($(Checkbox.class).id("appeal-waiver-declaration").getLabel())
                .startsWith("Ich verzichte auf die Einlegung eines Rechtsbehelfs gegen den Zuwendungsbescheid vom "
                        + date(issued))
                .contains(award.application().referenceNumber())
                .endsWith("Mir ist bekannt, dass dieser Verzicht nicht widerrufen werden kann.");
        assertThat(sectionText("payment-request"))
                .as("the form says why it cannot be used yet")
                .contains(t("payment.request.error.not-final"), t("payment.page.request.no-bank-details"));
        assertThat(button("payment.page.request.submit").isEnabled()).isFalse();
        assertThat($(MoneyField.class).single().isEnabled()).isFalse();
        assertThat(sectionText("payment-list")).contains(t("payment.page.list.empty"));
        assertThat(sectionText("payment-bank")).contains(t("payment.page.bank.none"));
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void the_waiver_needs_the_ticked_declaration_and_makes_the_notice_final() {
        long id = fixture.approved("2000.00");
        open(id);

        test(button("payment.page.waiver.submit")).click();

        Checkbox declaration = $(Checkbox.class).id("appeal-waiver-declaration");
        assertThat(declaration.isInvalid()).isTrue();
        assertThat(declaration.getErrorMessage()).isEqualTo(t("payment.waiver.error.not-confirmed"));
        assertThat(award(id).isFinal()).isFalse();

        test(declaration).click();
        test(button("payment.page.waiver.submit")).click();

        AwardOverview.View award = award(id);
        assertThat(award.isFinal()).isTrue();
        assertThat(award.finalBy()).isEqualTo("WAIVER");
        assertThat(lastNotification()).isEqualTo(t("payment.page.waiver.done"));
        LocalDate issued = award.noticeIssuedAt().atZone(Formats.ZONE).toLocalDate();
        LocalDate finalOn = award.finalAt().atZone(Formats.ZONE).toLocalDate();
        assertThat(sectionText("payment-finality"))
                .contains(t("payment.page.finality.final-since", date(finalOn), date(issued)))
                .contains(
                        t("payment.page.finality.by-waiver", Formats.dateTime(award.appealWaivedAt(), Locale.GERMAN)));
        assertThat($(Checkbox.class).exists()).as("nothing left to waive").isFalse();
        assertThat(sectionText("payment-request"))
                .doesNotContain(t("payment.request.error.not-final"))
                .contains(t("payment.page.request.no-bank-details"));
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void a_wrong_iban_is_refused_at_its_field_in_the_users_language_and_a_right_one_is_saved_grouped() {
        long id = fixture.approved("1500.00");
        open(id);
        TextField iban = textField("payment.page.bank.iban");

        test(textField("payment.page.bank.holder")).setValue(PaymentFixture.HOLDER);
        test(iban).setValue("DE02 1203 0000 0000 2020 52");

        assertThat(iban.isInvalid()).isTrue();
        assertThat(iban.getErrorMessage())
                .isEqualTo(t("payment.bank.error.iban-check-digits", "DE02 1203 0000 0000 2020 52"))
                .startsWith("„DE02 1203 0000 0000 2020 52“ ist keine gültige IBAN");

        test(textField("payment.page.bank.bic")).setValue("NOBIC");
        assertThat(textField("payment.page.bank.bic").getErrorMessage())
                .isEqualTo(t("payment.bank.error.bic-format", "NOBIC"));
        test(textField("payment.page.bank.bic")).setValue("");

        test(button("payment.page.bank.save")).click();
        assertThat(errorSummary()).contains(t("payment.bank.error.iban-check-digits", "DE02 1203 0000 0000 2020 52"));
        assertThat(AwardEntries.active(award(id))).as("nothing saved").isEmpty();

        test(iban).setValue("de02120300000000202051");
        assertThat(iban.isInvalid()).isFalse();
        assertThat(iban.getValue()).isEqualTo("DE02 1203 0000 0000 2020 51");
        test(button("payment.page.bank.save")).click();

        assertThat(lastNotification()).isEqualTo(t("payment.page.bank.saved"));
        assertThat(AwardEntries.active(award(id)))
                .get()
                .extracting(AwardEntries.Account::iban, AwardEntries.Account::holder)
                .containsExactly(PaymentFixture.IBAN, PaymentFixture.HOLDER);
        assertThat(sectionText("payment-bank"))
                .contains("DE02 1203 0000 0000 2020 51", PaymentFixture.HOLDER, t("payment.page.bank.form-change"));
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void a_request_over_the_available_amount_is_refused_at_the_amount_field_and_nothing_is_saved() {
        long id = fixture.readyForPayment("3000.00");
        open(id);
        assertThat(button("payment.page.request.submit").isEnabled()).isTrue();
        String overAvailable = t(
                "payment.request.error.over-available",
                money("2700.00"),
                money("300.00"),
                award(id).terms().holdbackParagraph());

        test(textField("payment.page.request.amount")).setValue("2700,01");
        enter($(DatePicker.class).single(), LocalDate.now(Formats.ZONE).plusDays(10));

        MoneyField amount = $(MoneyField.class).single();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo(overAvailable).startsWith("Es können höchstens noch");

        test(button("payment.page.request.submit")).click();

        assertThat(errorSummary()).contains(overAvailable);
        assertThat(award(id).payments()).as("nothing saved").isEmpty();
        assertThat(sectionText("payment-list")).contains(t("payment.page.list.empty"));

        // the same form with an amount within the limit goes through, and the page moves on
        test(textField("payment.page.request.amount")).setValue("500");
        assertThat($(MoneyField.class).single().isInvalid()).isFalse();
        test(button("payment.page.request.submit")).click();

        assertThat(lastNotification()).isEqualTo(t("payment.page.request.sent", money("500.00")));
        assertThat(award(id).payments()).hasSize(1);
        assertThat(sectionText("payment-list"))
                .contains(t("payment.page.list.item", 1), t("payment.page.status.REQUESTED"), money("500.00"))
                .doesNotContain(t("payment.page.list.empty"));
        assertThat(sectionText("payment-summary")).contains(money("2200.00"));
        assertThat($(MoneyField.class).single().getValue())
                .as("the form is empty again")
                .isNull();
        assertThat($(DatePicker.class).single().getValue()).isNull();
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void a_change_of_account_after_a_payment_order_waits_for_a_second_officer_and_the_page_says_so() {
        long id = fixture.readyForPayment("2000.00");
        fixture.release(fixture.request(id, "400.00"));
        fixture.runJobs(id);
        open(id);
        assertThat(sectionText("payment-list")).contains(t("payment.page.status.ORDERED"), money("400.00"));

        test(textField("payment.page.bank.holder")).setValue("Kulturverein Linden e. V., Projektkonto");
        test(textField("payment.page.bank.iban")).setValue("DE89370400440532013000");
        test(button("payment.page.bank.save")).click();

        assertThat(lastNotification()).isEqualTo(t("payment.page.bank.saved-needs-confirmation"));
        assertThat($(Paragraph.class).id("payment-bank-pending").getText())
                .contains("DE89 3704 0044 0532 0130 00", "Kulturverein Linden e. V., Projektkonto");
        assertThat(AwardEntries.active(award(id)))
                .as("payments keep going to the confirmed account")
                .get()
                .extracting(AwardEntries.Account::iban)
                .isEqualTo(PaymentFixture.IBAN);
        assertThat($(DescriptionList.class)
                        .id("payment-bank-active")
                        .getElement()
                        .getTextRecursively())
                .contains(BankAccountCheck.grouped(PaymentFixture.IBAN));
    }

    @Test
    @WithUserDetails(TestUsers.ANNA)
    void an_unknown_id_and_an_application_without_approval_are_not_found() {
        long submitted = testApplications
                .submitAs(TestUsers.ANNA, TestApplications.uniqueTitle("Noch nicht bewilligt"))
                .id();
        for (String address : new String[] {
            "applications/payments/" + submitted,
            "applications/payments/999999999",
            "applications/payments/9999999999999999999"
        }) {
            navigate(address, NotFoundView.class);
            assertThat(pageText()).contains(t("shared.not-found"));
        }
    }

    @Test
    @WithUserDetails(TestUsers.BEN)
    void another_applicants_approved_application_is_not_found() {
        long annas = fixture.approved("1000.00");

        navigate("applications/payments/" + annas, NotFoundView.class);

        assertThat(find(PaymentsView.class).exists()).isFalse();
        assertThat(pageText()).contains(t("shared.not-found"));
    }
}
