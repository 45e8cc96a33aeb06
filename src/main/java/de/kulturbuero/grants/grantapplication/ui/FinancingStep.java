package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.CostCategory;
import de.kulturbuero.grants.grantapplication.FinancingRules;
import de.kulturbuero.grants.grantapplication.FundingStatus;
import de.kulturbuero.grants.grantapplication.IncomeKind;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Step 2: the financing plan. Repeatable cost and income lines, the requested grant, live totals
 * and the programme's grant limit; the reason why a grant is not allowed shows next to it.
 */
class FinancingStep extends Composite<Div> {

    private final WizardContext ctx;
    private final Div costRows = new Div();
    private final Div incomeRows = new Div();
    private final MoneyField grant = new MoneyField();
    private final DescriptionList totals = new DescriptionList();

    FinancingStep(WizardContext ctx) {
        this.ctx = ctx;
        Div root = getContent();
        root.add(new H2(getTranslation("grantapplication.step.FINANCING")));
        root.add(new Paragraph(rulesText()));

        costRows.addClassName("financing-lines");
        incomeRows.addClassName("financing-lines");
        Button addCost =
                new Button(getTranslation("grantapplication.financing.add-cost"), VaadinIcon.PLUS.create(), e -> {
                    ctx.draft.getCostLines().add(new ApplicationDraft.CostLine());
                    rebuild();
                    ctx.changed();
                });
        Button addIncome =
                new Button(getTranslation("grantapplication.financing.add-income"), VaadinIcon.PLUS.create(), e -> {
                    ctx.draft.getIncomeLines().add(new ApplicationDraft.IncomeLine());
                    rebuild();
                    ctx.changed();
                });
        root.add(new H3(getTranslation("grantapplication.financing.costs")), costRows, addCost);
        root.add(new H3(getTranslation("grantapplication.financing.income")), incomeRows, addIncome);

        grant.setLabel(getTranslation("grantapplication.field.requested-amount"));
        grant.addClassName("grant-field");
        // the money field refuses what it cannot read (three decimals, a negative amount) with its own message
        ctx.binder.forField(grant).bind(ApplicationDraft::getRequestedGrant, ApplicationDraft::setRequestedGrant);
        ctx.register(FinancingRules.GRANT, grant);
        grant.addValueChangeListener(e -> refresh());
        root.add(new H3(getTranslation("grantapplication.financing.grant")), grant);

        totals.addClassName("application-details");
        totals.addClassName("financing-totals");
        Div totalsBox = new Div(new H3(getTranslation("grantapplication.financing.totals")), totals);
        totalsBox.getElement().setAttribute("aria-live", "polite");
        root.add(totalsBox);
        rebuild();
    }

    private String rulesText() {
        String max = Formats.money(ctx.terms.maxGrant(), getLocale());
        return switch (ctx.terms.financingType()) {
            case DEFICIT -> getTranslation("grantapplication.financing.rule-deficit", max);
            case SHARE ->
                getTranslation(
                        "grantapplication.financing.rule-share",
                        max,
                        ctx.terms.maxShare() == null
                                ? "100"
                                : ctx.terms
                                        .maxShare()
                                        .multiply(BigDecimal.valueOf(100))
                                        .stripTrailingZeros()
                                        .toPlainString());
            case FIXED ->
                getTranslation(
                        "grantapplication.financing.rule-fixed", Formats.money(ctx.terms.fixedAmount(), getLocale()));
        };
    }

    /** Draws the lines again (after adding or removing one) and re-registers their fields. */
    private void rebuild() {
        ctx.fields
                .keySet()
                .removeIf(k -> k.startsWith(FinancingRules.COST_LINES) || k.startsWith(FinancingRules.INCOME_LINES));
        ctx.lineAmounts.clear();
        costRows.removeAll();
        List<ApplicationDraft.CostLine> costs = ctx.draft.getCostLines();
        for (int i = 0; i < costs.size(); i++) {
            costRows.add(costRow(costs.get(i), i));
        }
        incomeRows.removeAll();
        List<ApplicationDraft.IncomeLine> incomes = ctx.draft.getIncomeLines();
        for (int i = 0; i < incomes.size(); i++) {
            incomeRows.add(incomeRow(incomes.get(i), i));
        }
        if (costs.isEmpty()) {
            costRows.add(new Paragraph(getTranslation("grantapplication.financing.no-costs-yet")));
        }
        refresh();
    }

    private Div costRow(ApplicationDraft.CostLine line, int index) {
        String n = String.valueOf(index + 1);
        ComboBox<CostCategory> category = new ComboBox<>(getTranslation("grantapplication.financing.line-category", n));
        category.setItems(Arrays.asList(CostCategory.values()));
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setValue(line.getCategory());
        category.addValueChangeListener(e -> {
            line.setCategory(e.getValue());
            changed();
        });
        TextField description = new TextField(getTranslation("grantapplication.financing.line-description", n));
        description.setMaxLength(200);
        description.setValue(line.getDescription() == null ? "" : line.getDescription());
        description.addValueChangeListener(e -> {
            line.setDescription(e.getValue());
            changed();
        });
        MoneyField amount = amountField(n, line.getAmount(), line::setAmount);
        Checkbox eligible =
                new Checkbox(getTranslation("grantapplication.financing.line-eligible", n), line.isEligible());
        eligible.addValueChangeListener(e -> {
            line.setEligible(e.getValue());
            changed();
        });
        Button remove = removeButton(ctx.draft.getCostLines(), line, "grantapplication.financing.remove-cost", n);
        String prefix = FinancingRules.COST_LINES + "[" + index + "].";
        ctx.register(prefix + "category", category);
        ctx.register(prefix + "description", description);
        ctx.register(prefix + "amount", amount);
        Div row = new Div(category, description, amount, eligible, remove);
        row.addClassName("financing-line");
        return row;
    }

    private Div incomeRow(ApplicationDraft.IncomeLine line, int index) {
        String n = String.valueOf(index + 1);
        ComboBox<IncomeKind> kind = new ComboBox<>(getTranslation("grantapplication.financing.income-kind", n));
        kind.setItems(Arrays.asList(IncomeKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(line.getKind());
        TextField description = new TextField(getTranslation("grantapplication.financing.line-description-income", n));
        description.setMaxLength(200);
        description.setValue(line.getDescription() == null ? "" : line.getDescription());
        description.addValueChangeListener(e -> {
            line.setDescription(e.getValue());
            changed();
        });
        MoneyField amount = amountField(n, line.getAmount(), line::setAmount);
        amount.setLabel(getTranslation("grantapplication.financing.income-amount", n));
        ComboBox<FundingStatus> status = new ComboBox<>(getTranslation("grantapplication.financing.income-status", n));
        status.setItems(Arrays.asList(FundingStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(line.getStatus());
        status.setVisible(line.getKind() != null && line.getKind().needsStatus());
        status.addValueChangeListener(e -> {
            line.setStatus(e.getValue());
            changed();
        });
        kind.addValueChangeListener(e -> {
            line.setKind(e.getValue());
            status.setVisible(e.getValue() != null && e.getValue().needsStatus());
            changed();
        });
        Button remove = removeButton(ctx.draft.getIncomeLines(), line, "grantapplication.financing.remove-income", n);
        String prefix = FinancingRules.INCOME_LINES + "[" + index + "].";
        ctx.register(prefix + "kind", kind);
        ctx.register(prefix + "amount", amount);
        ctx.register(prefix + "status", status);
        Div row = new Div(kind, description, amount, status, remove);
        row.addClassName("financing-line");
        return row;
    }

    /** The trash button of line {@code n}: takes the line out of its list and redraws the plan. */
    private Button removeButton(List<?> lines, Object line, String labelKey, String n) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            lines.remove(line);
            rebuild();
            ctx.changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation(labelKey, n));
        remove.setTooltipText(getTranslation(labelKey, n));
        return remove;
    }

    /** A line's amount: written into the line (and saved) only when the text is an amount; otherwise the status says so. */
    private MoneyField amountField(String n, BigDecimal value, Consumer<BigDecimal> setter) {
        MoneyField amount = new MoneyField(getTranslation("grantapplication.financing.line-amount", n));
        amount.setValue(value);
        amount.addValueChangeListener(e -> {
            if (amount.isInputValid()) {
                setter.accept(e.getValue());
                changed();
            } else {
                ctx.recheck();
            }
        });
        ctx.lineAmounts.add(amount);
        return amount;
    }

    private void changed() {
        refresh();
        ctx.changed();
    }

    /** Live totals, the highest allowed grant, and the reasons next to the grant field. */
    void refresh() {
        FinancingRules.Totals t = FinancingRules.totals(
                ctx.draft.getCostLines(), ctx.draft.getIncomeLines(), ctx.draft.getRequestedGrant(), ctx.terms);
        totals.removeAll();
        total("grantapplication.financing.total-costs", Formats.money(t.totalCosts(), getLocale()));
        total("grantapplication.financing.eligible-costs", Formats.money(t.eligibleCosts(), getLocale()));
        total("grantapplication.financing.total-income", Formats.money(t.income(), getLocale()));
        total("grantapplication.field.requested-amount", Formats.money(t.grant(), getLocale()));
        total(
                "grantapplication.financing.difference",
                t.balanced()
                        ? getTranslation("grantapplication.financing.balanced")
                        : Formats.money(t.difference(), getLocale()));
        total("grantapplication.financing.grant-limit", Formats.money(t.grantLimit(), getLocale()));
        if (ctx.draft.getRequestedGrant() == null) {
            grant.setHelperText(getTranslation(
                    "grantapplication.financing.grant-help",
                    Formats.money(t.totalCosts().subtract(t.income()).max(BigDecimal.ZERO), getLocale())));
            return;
        }
        grant.setHelperText(null);
        if (!grant.isInputValid()) {
            // the typed text was refused: its message stays, the rules speak about the saved amount later
            return;
        }
        List<String> reasons = FinancingRules.check(
                        ctx.draft.getCostLines(), ctx.draft.getIncomeLines(), ctx.draft.getRequestedGrant(), ctx.terms)
                .stream()
                .filter(p -> FinancingRules.GRANT.equals(p.field()))
                .map(p -> WizardContext.message(this, p))
                .toList();
        grant.setErrorMessage(reasons.isEmpty() ? null : String.join(" ", reasons));
        grant.setInvalid(!reasons.isEmpty());
    }

    private void total(String key, String value) {
        totals.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(new Span(value)));
    }
}
