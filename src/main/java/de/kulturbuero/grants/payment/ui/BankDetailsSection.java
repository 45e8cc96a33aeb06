package de.kulturbuero.grants.payment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import de.kulturbuero.grants.payment.AwardEntries;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.BankAccountCheck;
import de.kulturbuero.grants.payment.BankDetailsEntry;
import de.kulturbuero.grants.payment.PaymentRefused;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import java.util.Map;
import java.util.Optional;

/**
 * The account the grant is paid to: the confirmed one, a change waiting for a second officer,
 * a change that was not confirmed, and the form to enter or change it. Each field is checked as
 * soon as the user leaves it (a text field reports its change on blur).
 */
class BankDetailsSection extends Composite<Section> {

    /** The form's model. */
    static final class Entry {
        private String holder = "";
        private String iban = "";
        private String bic = "";
    }

    private final TextField holder = new TextField();
    private final TextField iban = new TextField();
    private final TextField bic = new TextField();

    BankDetailsSection(BankDetailsEntry entry, AwardOverview.View view, Runnable onChange) {
        Section root = getContent();
        PageSections.heading(root, "payment-bank", "payment.page.bank.title");
        Optional<AwardEntries.Account> active = AwardEntries.active(view);
        if (active.isPresent()) {
            root.add(account(active.get()));
        } else {
            root.add(new Paragraph(getTranslation("payment.page.bank.none")));
        }
        AwardEntries.pending(view)
                .ifPresent(p -> root.add(notice(
                        "payment-bank-pending",
                        getTranslation(
                                "payment.page.bank.pending",
                                BankAccountCheck.grouped(p.iban()),
                                p.holder(),
                                Formats.dateTime(p.enteredAt(), getLocale())))));
        AwardEntries.lastRejected(view)
                .ifPresent(r -> root.add(notice(
                        "payment-bank-rejected",
                        r.decisionReason() == null || r.decisionReason().isBlank()
                                ? getTranslation(
                                        "payment.page.bank.rejected",
                                        BankAccountCheck.grouped(r.iban()),
                                        Formats.dateTime(r.decidedAt(), getLocale()))
                                : getTranslation(
                                        "payment.page.bank.rejected-reason",
                                        BankAccountCheck.grouped(r.iban()),
                                        Formats.dateTime(r.decidedAt(), getLocale()),
                                        r.decisionReason()))));

        root.add(new H3(
                getTranslation(active.isPresent() ? "payment.page.bank.form-change" : "payment.page.bank.form-new")));
        if (active.isPresent()) {
            root.add(new Paragraph(getTranslation("payment.page.bank.change-hint")));
        }
        ErrorSummary errors = new ErrorSummary();
        holder.setLabel(getTranslation("payment.page.bank.holder"));
        holder.setMaxLength(BankAccountCheck.MAX_HOLDER);
        holder.setRequiredIndicatorVisible(true);
        holder.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        iban.setLabel(getTranslation("payment.page.bank.iban"));
        iban.setHelperText(getTranslation("payment.page.bank.iban-help"));
        // 34 characters at most, plus the spaces of the groups of four
        iban.setMaxLength(42);
        iban.setRequiredIndicatorVisible(true);
        iban.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        bic.setLabel(getTranslation("payment.page.bank.bic"));
        bic.setHelperText(getTranslation("payment.page.bank.bic-help"));
        bic.setMaxLength(14);
        bic.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        for (TextField f : new TextField[] {holder, iban, bic}) {
            f.setWidthFull();
        }

        Binder<Entry> binder = new Binder<>();
        binder.forField(holder)
                .withValidator(check(BankAccountCheck.FIELD_HOLDER))
                .bind(e -> e.holder, (e, v) -> e.holder = v);
        binder.forField(iban).withValidator(check(BankAccountCheck.FIELD_IBAN)).bind(e -> e.iban, (e, v) -> e.iban = v);
        binder.forField(bic).withValidator(check(BankAccountCheck.FIELD_BIC)).bind(e -> e.bic, (e, v) -> e.bic = v);
        binder.readBean(new Entry());
        // a valid IBAN is shown in groups of four, as people read it on a bank card
        iban.addValueChangeListener(e -> {
            if (e.isFromClient() && !iban.isInvalid() && !e.getValue().isBlank()) {
                iban.setValue(BankAccountCheck.grouped(BankAccountCheck.normalIban(e.getValue())));
            }
        });

        Button save = new Button(getTranslation("payment.page.bank.save"));
        save.setId("bank-details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            BinderValidationStatus<Entry> status = binder.validate();
            if (!status.isOk()) {
                errors.show(status.getFieldValidationErrors().stream()
                        .map(s -> s.getMessage().orElse(""))
                        .toList());
                return;
            }
            try {
                boolean waits =
                        entry.enter(view.application().id(), holder.getValue(), iban.getValue(), bic.getValue());
                PageSections.success(getTranslation(
                        waits ? "payment.page.bank.saved-needs-confirmation" : "payment.page.bank.saved"));
                onChange.run();
            } catch (PaymentRefused refused) {
                errors.show(PageSections.showAtFields(
                        root,
                        getLocale(),
                        refused.problems(),
                        Map.of(
                                BankAccountCheck.FIELD_HOLDER, holder,
                                BankAccountCheck.FIELD_IBAN, iban,
                                BankAccountCheck.FIELD_BIC, bic)));
            }
        });
        FormLayout form = new FormLayout(holder, iban, bic);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("payment-form");
        root.add(errors, form, save);
    }

    /** The live check of one field, with what the other fields hold now (the same rule the service applies). */
    private Validator<String> check(String field) {
        return (value, context) ->
                BankAccountCheck.problems(holder.getValue(), iban.getValue(), bic.getValue()).stream()
                        .filter(p -> field.equals(p.field()))
                        .findFirst()
                        .map(p -> ValidationResult.error(PageSections.message(getContent(), getLocale(), p)))
                        .orElse(ValidationResult.ok());
    }

    private DescriptionList account(AwardEntries.Account a) {
        DescriptionList facts = PageSections.facts();
        facts.setId("payment-bank-active");
        PageSections.fact(facts, getTranslation("payment.page.bank.holder"), a.holder());
        PageSections.fact(facts, getTranslation("payment.page.bank.iban"), BankAccountCheck.grouped(a.iban()));
        PageSections.fact(
                facts,
                getTranslation("payment.page.bank.bic"),
                a.bic() == null ? getTranslation("payment.page.bank.no-bic") : a.bic());
        return facts;
    }

    private static Paragraph notice(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("payment-notice");
        return p;
    }
}
