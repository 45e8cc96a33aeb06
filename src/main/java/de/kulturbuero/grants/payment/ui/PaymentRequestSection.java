package de.kulturbuero.grants.payment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import de.kulturbuero.grants.payment.AwardEntries;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.PaymentProblem;
import de.kulturbuero.grants.payment.PaymentRefused;
import de.kulturbuero.grants.payment.PaymentRequesting;
import de.kulturbuero.grants.payment.PaymentRules;
import de.kulturbuero.grants.programme.PaymentMode;
import de.kulturbuero.grants.programme.PaymentTerms;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.DateFields;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The payment request (Mittelabruf): amount, the date the money is needed by and what it is for.
 * Each entry is checked by the service's own rules while typing; the form stays visible but
 * disabled, with the reason, before the notice is final or while no account is confirmed.
 */
class PaymentRequestSection extends Composite<Section> {

    private static final String FIELD_PURPOSE = "purpose";

    /** The form's model. */
    static final class Request {
        private BigDecimal amount;
        private LocalDate neededBy;
        private String purpose = "";
    }

    private final transient PaymentRequesting requesting;
    private final long applicationId;
    private final MoneyField amount = new MoneyField();
    private final DatePicker neededBy = new DatePicker();
    private final TextArea purpose = new TextArea();

    PaymentRequestSection(PaymentRequesting requesting, AwardOverview.View view, Runnable onChange) {
        this.requesting = requesting;
        this.applicationId = view.application().id();
        Section root = getContent();
        PageSections.heading(root, "payment-request", "payment.page.request.title");
        PaymentTerms terms = view.terms();
        if (terms.mode() == PaymentMode.ONE_SUM) {
            root.add(new Paragraph(getTranslation(
                    "payment.page.request.one-sum",
                    Formats.money(PaymentRules.payableBeforeReport(view.granted(), view.holdback()), getLocale()),
                    terms.modeParagraph())));
            return;
        }
        root.add(new Paragraph(getTranslation("payment.page.request.intro", terms.drawdownParagraph())));

        // what keeps the whole form from being sent, in the service's words, before anything is typed
        List<String> blockers = new ArrayList<>(requesting.check(applicationId, null, null).stream()
                .filter(p -> p.field() == null)
                .map(p -> PageSections.message(root, getLocale(), p))
                .toList());
        if (AwardEntries.active(view).isEmpty()) {
            blockers.add(getTranslation("payment.page.request.no-bank-details"));
        }
        blockers.forEach(text -> {
            Paragraph p = new Paragraph(text);
            p.addClassName("payment-notice");
            p.addClassName("payment-request-blocked");
            root.add(p);
        });

        ErrorSummary errors = new ErrorSummary();
        amount.setLabel(getTranslation("payment.page.request.amount"));
        amount.setHelperText(
                getTranslation("payment.page.request.amount-help", Formats.money(view.available(), getLocale())));
        amount.setRequiredIndicatorVisible(true);
        neededBy.setLabel(getTranslation("payment.page.request.needed-by"));
        DateFields.configure(neededBy);
        DateFields.helper(
                neededBy,
                getTranslation(
                        "payment.page.request.needed-by-help",
                        Formats.date(view.latestNeededBy(), getLocale()),
                        terms.drawdownMonths(),
                        terms.drawdownParagraph()));
        neededBy.setRequiredIndicatorVisible(true);
        purpose.setLabel(getTranslation("payment.page.request.purpose"));
        purpose.setHelperText(getTranslation("payment.page.request.purpose-help", PaymentRequesting.MAX_PURPOSE));
        purpose.setMaxLength(PaymentRequesting.MAX_PURPOSE);
        purpose.setWidthFull();

        Binder<Request> binder = new Binder<>();
        binder.forField(amount)
                .withValidator(check(PaymentRules.FIELD_AMOUNT))
                .bind(r -> r.amount, (r, v) -> r.amount = v);
        binder.forField(neededBy)
                .withValidator(check(PaymentRules.FIELD_NEEDED_BY))
                .bind(r -> r.neededBy, (r, v) -> r.neededBy = v);
        binder.forField(purpose).bind(r -> r.purpose, (r, v) -> r.purpose = v);
        binder.readBean(new Request());

        Button send = new Button(getTranslation("payment.page.request.submit"));
        send.setId("payment-request-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            errors.clear();
            BinderValidationStatus<Request> status = binder.validate();
            if (!status.isOk()) {
                errors.show(status.getFieldValidationErrors().stream()
                        .map(s -> s.getMessage().orElse(""))
                        .toList());
                return;
            }
            BigDecimal value = amount.getValue();
            try {
                requesting.request(applicationId, value, neededBy.getValue(), purpose.getValue());
                PageSections.success(getTranslation("payment.page.request.sent", Formats.money(value, getLocale())));
                onChange.run();
            } catch (PaymentRefused refused) {
                errors.show(PageSections.showAtFields(
                        root,
                        getLocale(),
                        refused.problems(),
                        Map.of(
                                PaymentRules.FIELD_AMOUNT,
                                amount,
                                PaymentRules.FIELD_NEEDED_BY,
                                neededBy,
                                FIELD_PURPOSE,
                                purpose)));
            }
        });

        FormLayout form = new FormLayout(amount, neededBy, purpose);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(purpose, 2);
        form.addClassName("payment-form");
        if (!blockers.isEmpty()) {
            form.setEnabled(false);
            send.setEnabled(false);
        }
        root.add(errors, form, send);
    }

    /** The service's live check of one field, with what the other field holds now. */
    private Validator<Object> check(String field) {
        return (value, context) -> {
            List<PaymentProblem> problems = requesting.check(applicationId, amount.getValue(), neededBy.getValue());
            return problems.stream()
                    .filter(p -> field.equals(p.field()))
                    .findFirst()
                    .map(p -> ValidationResult.error(PageSections.message(getContent(), getLocale(), p)))
                    .orElse(ValidationResult.ok());
        };
    }
}
