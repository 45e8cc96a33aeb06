package de.kulturbuero.grants.finalreport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiConsumer;
import de.kulturbuero.grants.finalreport.FinalReportRules;
import de.kulturbuero.grants.finalreport.ReportDraft.Receipt;
import de.kulturbuero.grants.shared.ui.DateFields;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The list of receipts (Belegliste), each booked to a line of the figures; a receipt in another
 * currency with its original amount, rate and the rate's source, its euro amount computed from
 * them (and correctable). Below the list: for each line, whether its receipts add up to its
 * actual amount, said in words (not by colour alone).
 */
class ReceiptsSection extends Composite<Section> {

    /** The common currencies first, then every other code Java knows, so any ISO 4217 code can be picked. */
    private static final List<String> CURRENCIES = Stream.concat(
                    FinalReportRules.COMMON_CURRENCIES.stream(),
                    Currency.getAvailableCurrencies().stream()
                            .map(Currency::getCurrencyCode)
                            .filter(c -> !FinalReportRules.COMMON_CURRENCIES.contains(c))
                            .sorted())
            .toList();

    private final ReportForm form;
    private final Div list = new Div();
    private final UnorderedList checks = new UnorderedList();
    private final List<Select<Integer>> lineSelects = new ArrayList<>();

    ReceiptsSection(ReportForm form) {
        this.form = form;
        Section root = getContent();
        root.add(new Paragraph(getTranslation("finalreport.receipts.intro")));
        list.addClassName("report-receipts");
        root.add(list);
        Button add = new Button(getTranslation("finalreport.receipts.add"), VaadinIcon.PLUS.create(), e -> {
            Receipt receipt = new Receipt();
            form.draft.getReceipts().add(receipt);
            rebuild();
            form.changed();
        });
        add.setId("report-add-receipt");
        root.add(add);
        checks.setId("report-line-checks");
        checks.getElement().setAttribute("aria-live", "polite");
        root.add(new H3(getTranslation("finalreport.check.title")), checks);
        rebuild();
    }

    @Override
    protected Section initContent() {
        return Sections.of("report-receipts", "finalreport.receipts.title");
    }

    /** Draws every receipt again (after one was added or removed, or the lines changed). */
    void rebuild() {
        form.forget("receipts[");
        list.removeAll();
        lineSelects.clear();
        List<Receipt> receipts = form.draft.getReceipts();
        if (receipts.isEmpty()) {
            list.add(new Paragraph(getTranslation("finalreport.receipts.none")));
        }
        for (int j = 0; j < receipts.size(); j++) {
            list.add(row(j));
        }
        refresh();
    }

    /** The line names in the choices and the check of every line, for the figures as they are now. */
    void refresh() {
        lineSelects.forEach(s -> {
            Integer value = s.getValue();
            s.setItems(lineIndexes());
            s.setValue(value);
        });
        checks.removeAll();
        for (FinalReportRules.LineCheck c : FinalReportRules.lineChecks(form.draft)) {
            String name = ReportForm.lineName(this, form.draft.getLines().get(c.line()));
            String receipts = ReportForm.money(this, c.receipts());
            ListItem item;
            if (c.actual() == null) {
                item = new ListItem(getTranslation("finalreport.check.no-actual", name, receipts));
                item.addClassName("check-open");
            } else if (c.matches()) {
                item = new ListItem(getTranslation(
                        "finalreport.check.matches", name, receipts, ReportForm.money(this, c.actual())));
                item.addClassName("check-matches");
            } else {
                item = new ListItem(getTranslation(
                        "finalreport.check.differs",
                        name,
                        receipts,
                        ReportForm.money(this, c.actual()),
                        ReportForm.money(this, c.difference())));
                item.addClassName("check-differs");
            }
            checks.add(item);
        }
    }

    private List<Integer> lineIndexes() {
        return IntStream.range(0, form.draft.getLines().size()).boxed().toList();
    }

    private Div row(int index) {
        Receipt r = form.draft.getReceipts().get(index);
        String prefix = "receipts[" + index + "].";
        int number = index + 1;
        Div row = new Div();
        row.addClassName("report-receipt");
        row.setId("report-receipt-" + index);
        row.add(new H3(getTranslation("finalreport.receipts.item", number)));

        DatePicker date = DateFields.configure(new DatePicker(getTranslation("finalreport.receipt.date")));
        date.setValue(r.getDate());
        date.addValueChangeListener(e -> {
            if (form.readable(prefix + "date", !date.isInvalid())) {
                r.setDate(e.getValue());
                form.changed();
            }
        });
        date.addValidationStatusChangeListener(e -> form.readable(prefix + "date", e.getNewStatus()));
        form.register(prefix + "date", date);

        TextField payee = text(
                prefix + "payee",
                "finalreport.receipt.payee",
                r.getPayee(),
                FinalReportRules.MAX_PAYEE,
                Receipt::setPayee,
                r);
        TextField purpose = text(
                prefix + "purpose",
                "finalreport.receipt.purpose",
                r.getPurpose(),
                FinalReportRules.MAX_PURPOSE,
                Receipt::setPurpose,
                r);

        Select<Integer> line = new Select<>();
        line.setLabel(getTranslation("finalreport.receipt.line"));
        line.setItems(lineIndexes());
        line.setItemLabelGenerator(i -> i == null || i >= form.draft.getLines().size()
                ? ""
                : ReportForm.lineName(this, form.draft.getLines().get(i)));
        line.setEmptySelectionAllowed(true);
        line.setValue(r.getLine());
        line.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                r.setLine(e.getValue());
                form.changed();
            }
        });
        form.register(prefix + "line", line);
        lineSelects.add(line);

        ComboBox<String> currency = new ComboBox<>(getTranslation("finalreport.receipt.currency"));
        currency.setItems(CURRENCIES);
        currency.setHelperText(getTranslation("finalreport.receipt.currency-help"));
        currency.setValue(r.getCurrency() == null ? FinalReportRules.EUR : r.getCurrency());
        form.register(prefix + "currency", currency);

        BigDecimalField original = ReportForm.number(
                this, "finalreport.receipt.original", ReportForm.decimal(getLocale(), new BigDecimal("120.50"), 2));
        original.setValue(r.getOriginalAmount());
        Span originalCode = new Span(currency.getValue());
        original.setSuffixComponent(originalCode);
        form.register(prefix + "originalAmount", original);
        BigDecimalField rate = ReportForm.number(
                this, "finalreport.receipt.rate", ReportForm.decimal(getLocale(), new BigDecimal("1.16345"), 8));
        rate.setValue(r.getRate());
        form.register(prefix + "rate", rate);
        TextField source = text(
                prefix + "rateSource",
                "finalreport.receipt.rate-source",
                r.getRateSource(),
                FinalReportRules.MAX_RATE_SOURCE,
                Receipt::setRateSource,
                r);
        MoneyField euros = new MoneyField(getTranslation("finalreport.receipt.amount-eur"));
        euros.setValue(r.getAmountEur());
        form.register(prefix + "amountEur", euros);
        Runnable foreignShown = () -> {
            boolean foreign = r.isForeign();
            original.setVisible(foreign);
            rate.setVisible(foreign);
            source.setVisible(foreign);
            originalCode.setText(r.getCurrency() == null ? "" : r.getCurrency());
            BigDecimal computed = FinalReportRules.euros(r.getOriginalAmount(), r.getRate());
            euros.setHelperText(
                    foreign && computed != null
                            ? getTranslation("finalreport.receipt.amount-eur-help", ReportForm.money(this, computed))
                            : null);
        };
        foreignShown.run();

        currency.addValueChangeListener(e -> {
            r.setCurrency(e.getValue() == null ? FinalReportRules.EUR : e.getValue());
            foreignShown.run();
            form.changed();
        });
        foreignInput(
                prefix + "originalAmount",
                original,
                euros,
                r,
                foreignShown,
                () -> r.setOriginalAmount(original.getValue()));
        foreignInput(prefix + "rate", rate, euros, r, foreignShown, () -> r.setRate(rate.getValue()));
        euros.addValueChangeListener(e -> {
            if (e.isFromClient() && form.readable(prefix + "amountEur", euros.isInputValid())) {
                r.setAmountEur(e.getValue());
                form.changed();
            }
        });
        euros.addValidationStatusChangeListener(e -> form.readable(prefix + "amountEur", euros.isInputValid()));

        Button remove =
                new Button(getTranslation("finalreport.receipts.remove", number), VaadinIcon.TRASH.create(), e -> {
                    form.draft.getReceipts().remove(index);
                    rebuild();
                    form.changed();
                });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        Div fields = new Div(date, payee, purpose, line, currency, original, rate, source, euros);
        fields.addClassName("report-receipt-fields");
        row.add(fields, remove);
        return row;
    }

    private TextField text(
            String name,
            String labelKey,
            String value,
            int max,
            SerializableBiConsumer<Receipt, String> set,
            Receipt receipt) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setValue(value == null ? "" : value);
        field.addValueChangeListener(e -> {
            set.accept(receipt, e.getValue());
            form.changed();
        });
        form.register(name, field);
        return field;
    }

    /** Original amount and rate: written when readable, and the euro amount follows them. */
    private void foreignInput(
            String name, BigDecimalField field, MoneyField euros, Receipt r, Runnable shown, Runnable write) {
        field.addValueChangeListener(e -> {
            if (form.readable(name, !field.isInvalid())) {
                write.run();
                BigDecimal computed = FinalReportRules.euros(r.getOriginalAmount(), r.getRate());
                if (computed != null) {
                    // computed live; the recipient may still correct it (a bank that rounded otherwise)
                    euros.setValue(computed);
                    r.setAmountEur(computed);
                }
                shown.run();
                form.changed();
            }
        });
        field.addValidationStatusChangeListener(e -> form.readable(name, e.getNewStatus()));
    }
}
