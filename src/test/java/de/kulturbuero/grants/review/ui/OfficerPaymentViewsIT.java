package de.kulturbuero.grants.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.payment.BankDetailsEntry;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.review.AwardFile;
import de.kulturbuero.grants.review.AwardFiles;
import de.kulturbuero.grants.review.CaseHistory;
import de.kulturbuero.grants.review.ProcessStep;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The officers' payment steps without a browser: the check shows the request, the award's
 * figures and the account and moves the payment on to the order; the order names who checked it
 * and refuses only with a reason; the bank-details change shows both accounts side by side; the
 * case view of an awarded application shows the award and payments with both diagrams.
 */
@IntegrationTest
class OfficerPaymentViewsIT extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    PaymentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PaymentFixture(context);
    }

    @Test
    @WithUserDetails(PaymentFixture.CLERK)
    void the_clerk_sees_the_figures_of_a_payment_request_and_confirming_it_moves_it_to_the_order() {
        long id = fixture.readyForPayment("4000.00");
        long payment = fixture.request(id, "1000.00");
        AwardFile award = context.getBean(AwardFiles.class).of(id).orElseThrow();

        navigate(TaskView.class, fixture.paymentTask(payment, ProcessStep.CHECK_PAYMENT.id()));
        Component view = (Component) getCurrentView();
        Locale locale = view.getUI().orElseThrow().getLocale();

        String request = text($(DescriptionList.class).id("payment-request"));
        assertThat(request)
                .contains(
                        view.getTranslation("review.payment.number-value", 1),
                        Formats.money(new BigDecimal("1000.00"), locale),
                        "Reisekosten");
        String figures = text($(DescriptionList.class).id("payment-figures"));
        assertThat(figures)
                .contains(
                        view.getTranslation("review.payment.granted"),
                        Formats.money(new BigDecimal("4000.00"), locale),
                        view.getTranslation("review.payment.holdback"),
                        Formats.money(award.holdback(), locale),
                        view.getTranslation("review.payment.available-after"),
                        Formats.money(new BigDecimal("3000.00").subtract(award.holdback()), locale));
        assertThat(text($(DescriptionList.class).id("payment-bank")))
                .contains(PaymentFixture.HOLDER, "DE02 1203 0000 0000 2020 51");
        assertThat(award.holdback()).isPositive();

        test($(Button.class).id("payment-confirm")).click();

        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        assertThatThrownBy(() -> fixture.paymentTask(payment, ProcessStep.CHECK_PAYMENT.id()))
                .as("the check is done")
                .isInstanceOf(AssertionError.class);
        assertThat(fixture.paymentTask(payment, ProcessStep.ORDER_PAYMENT.id()))
                .as("the payment waits for its order")
                .isNotNull();
        assertThat(status(payment)).isEqualTo("CHECKED");
    }

    @Test
    @WithUserDetails(PaymentFixture.FINANCE)
    void the_order_names_who_checked_the_payment_and_refuses_only_with_a_reason() {
        long id = fixture.readyForPayment("3000.00");
        long payment = fixture.request(id, "500.00");
        fixture.users()
                .run(
                        PaymentFixture.CLERK,
                        () -> fixture.bean(de.kulturbuero.grants.review.PaymentChecks.class)
                                .confirm(fixture.paymentTask(payment, ProcessStep.CHECK_PAYMENT.id())));

        navigate(TaskView.class, fixture.paymentTask(payment, ProcessStep.ORDER_PAYMENT.id()));
        Component view = (Component) getCurrentView();
        assertThat(text($(DescriptionList.class).id("payment-request")))
                .contains(view.getTranslation("review.payment.checked"), "Clara Sachbearbeitung");
        assertThat($(Button.class).id("payment-confirm").getText())
                .isEqualTo(view.getTranslation("review.payment.order.confirm"));

        test($(Button.class).id("payment-refuse")).click();
        TextArea reason = $(TextArea.class).id("payment-reason");
        assertThat(reason.isInvalid()).as("a refusal needs a reason").isTrue();
        assertThat(getCurrentView()).isInstanceOf(TaskView.class);
        assertThat(status(payment)).isEqualTo("CHECKED");

        test(reason).setValue("The invoice names another project.");
        test($(Button.class).id("payment-refuse")).click();
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        assertThat(status(payment)).isEqualTo("REFUSED");
    }

    @Test
    @WithUserDetails(PaymentFixture.CLERK)
    void a_change_of_bank_details_shows_both_accounts_side_by_side_and_is_confirmed() {
        long id = fixture.readyForPayment("2000.00");
        fixture.release(fixture.request(id, "400.00"));
        fixture.users()
                .run(
                        PaymentFixture.APPLICANT,
                        () -> fixture.bean(BankDetailsEntry.class)
                                .enter(id, "Kulturverein Linden", "DE89370400440532013000", null));
        fixture.runJobs(id);

        navigate(TaskView.class, fixture.task(id, ProcessStep.CONFIRM_BANK_DETAILS.id()));
        Component view = (Component) getCurrentView();
        String table =
                $(NativeTable.class).id("bank-details-change").getElement().getTextRecursively();
        assertThat(table)
                .contains(
                        "DE02 1203 0000 0000 2020 51",
                        view.getTranslation("review.payment.bank.changed", "DE89 3704 0044 0532 0130 00"),
                        PaymentFixture.HOLDER,
                        "Anna Antrag");

        test($(Button.class).id("payment-confirm")).click();

        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        assertThat(jdbc.sql("SELECT iban FROM bank_details WHERE application_id = ? AND status = 'ACTIVE'")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DE89370400440532013000");
    }

    @Test
    @WithUserDetails(PaymentFixture.CLERK)
    void the_case_view_of_an_awarded_application_shows_award_payments_and_both_diagrams() {
        long id = fixture.readyForPayment("4000.00");
        fixture.request(id, "1000.00");

        navigate(CaseView.class, id);
        Component view = (Component) getCurrentView();
        Locale locale = view.getUI().orElseThrow().getLocale();

        assertThat($(Section.class).id("award-section").isVisible()).isTrue();
        assertThat($(H2.class)
                        .withText(view.getTranslation("review.payment.case.title"))
                        .exists())
                .isTrue();
        String figures = text($(DescriptionList.class).id("award-figures"));
        assertThat(figures)
                .contains(
                        Formats.money(new BigDecimal("4000.00"), locale),
                        Formats.money(new BigDecimal("1000.00"), locale),
                        view.getTranslation("review.payment.case.finality"),
                        view.getTranslation("review.audit.detail.final.WAIVER"));
        assertThat(text($(DescriptionList.class).id("award-bank"))).contains("DE02 1203 0000 0000 2020 51");
        assertThat($(NativeTable.class).id("award-payments").getElement().getTextRecursively())
                .contains(view.getTranslation("review.payment.status.REQUESTED"), "Reisekosten");
        assertThat($(Div.class).id("award-diagram").isVisible()).isTrue();
        byte[] png = context.getBean(CaseHistory.class).awardDiagram(id).orElseThrow();
        assertThat(png).as("the award diagram is drawn as a PNG").startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    private String status(long paymentId) {
        return jdbc.sql("SELECT status FROM payment_request WHERE id = ?")
                .param(paymentId)
                .query(String.class)
                .single();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }
}
