package de.kulturbuero.grants.finalreport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.finalreport.FinalReportRules;
import de.kulturbuero.grants.finalreport.ReportDraft.Kind;
import de.kulturbuero.grants.finalreport.ReportDraft.Line;
import de.kulturbuero.grants.grantapplication.CostCategory;
import de.kulturbuero.grants.grantapplication.IncomeKind;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figures against the plan (zahlenmäßiger Nachweis): each line of the plan with its planned
 * amount beside the actual one, lines the recipient adds, and the totals and differences, all
 * recomputed while typing.
 */
class FiguresSection extends Composite<Section> {

    private final ReportForm form;
    private final Runnable linesChanged;
    private final Div rows = new Div();
    private final UnorderedList totals = new UnorderedList();
    private final List<Span> differences = new ArrayList<>();

    FiguresSection(ReportForm form, Runnable linesChanged) {
        this.form = form;
        this.linesChanged = linesChanged;
        Section root = getContent();
        root.add(new Paragraph(getTranslation("finalreport.figures.intro")));
        rows.addClassName("report-lines");
        root.add(rows);
        Button addCost = new Button(
                getTranslation("finalreport.figures.add-cost"), VaadinIcon.PLUS.create(), e -> add(Kind.COST));
        Button addIncome = new Button(
                getTranslation("finalreport.figures.add-income"), VaadinIcon.PLUS.create(), e -> add(Kind.INCOME));
        addCost.setId("report-add-cost");
        addIncome.setId("report-add-income");
        root.add(new Div(addCost, addIncome));
        totals.setId("report-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        root.add(new H3(getTranslation("finalreport.figures.totals")), totals);
        rebuild();
    }

    @Override
    protected Section initContent() {
        return Sections.of("report-figures", "finalreport.figures.title");
    }

    private void add(Kind kind) {
        form.draft.getLines().add(Line.added(kind));
        rebuild();
        linesChanged.run();
        form.changed();
    }

    /** Draws every line again (after a line was added or removed). */
    void rebuild() {
        form.forget("lines[");
        rows.removeAll();
        differences.clear();
        for (int i = 0; i < form.draft.getLines().size(); i++) {
            rows.add(row(i));
        }
        refresh();
    }

    /** The differences and totals for the figures as they are now. */
    void refresh() {
        List<Line> lines = form.draft.getLines();
        for (int i = 0; i < lines.size() && i < differences.size(); i++) {
            Line line = lines.get(i);
            BigDecimal planned = line.getPlanned() == null ? BigDecimal.ZERO : line.getPlanned();
            BigDecimal actual = line.getActual() == null ? BigDecimal.ZERO : line.getActual();
            differences
                    .get(i)
                    .setText(getTranslation(
                            "finalreport.figures.difference-value", ReportForm.money(this, actual.subtract(planned))));
        }
        FinalReportRules.Totals t = FinalReportRules.totals(form.draft);
        totals.removeAll();
        totals.add(new ListItem(total("finalreport.figures.total-costs", t.plannedCosts(), t.actualCosts())));
        totals.add(new ListItem(total("finalreport.figures.total-income", t.plannedIncome(), t.actualIncome())));
    }

    private String total(String key, BigDecimal planned, BigDecimal actual) {
        return getTranslation(
                "finalreport.figures.total-value",
                getTranslation(key),
                ReportForm.money(this, planned),
                ReportForm.money(this, actual),
                ReportForm.money(this, actual.subtract(planned)));
    }

    private Div row(int index) {
        Line line = form.draft.getLines().get(index);
        String prefix = "lines[" + index + "].";
        Div row = new Div();
        row.addClassName("report-line");
        row.setId("report-line-" + index);
        H3 name = new H3(ReportForm.lineName(this, line));
        name.addClassName("report-line-name");
        row.add(name);

        if (!line.isPlanLine()) {
            Select<String> category = new Select<>();
            category.setLabel(getTranslation("finalreport.figures.category"));
            category.setItems(
                    line.getKind() == Kind.INCOME
                            ? Arrays.stream(IncomeKind.values()).map(Enum::name).toList()
                            : Arrays.stream(CostCategory.values())
                                    .map(Enum::name)
                                    .toList());
            category.setItemLabelGenerator(c -> getTranslation(
                    (line.getKind() == Kind.INCOME ? "grantapplication.income." : "grantapplication.cost.") + c));
            category.setValue(line.getCategory());
            category.addValueChangeListener(e -> {
                line.setCategory(e.getValue());
                name.setText(ReportForm.lineName(this, line));
                form.changed();
            });
            form.register(prefix + "category", category);
            TextField label = new TextField(getTranslation("finalreport.figures.label"));
            label.setMaxLength(FinalReportRules.MAX_LABEL);
            label.setValue(line.getLabel() == null ? "" : line.getLabel());
            label.addValueChangeListener(e -> {
                line.setLabel(e.getValue());
                name.setText(ReportForm.lineName(this, line));
                form.changed();
            });
            form.register(prefix + "label", label);
            row.add(category, label);
        }

        MoneyField planned = new MoneyField(getTranslation("finalreport.figures.planned"));
        planned.setValue(line.getPlanned());
        planned.setReadOnly(true);
        planned.setAriaLabel(getTranslation("finalreport.figures.planned") + ": " + name.getText());
        if (line.isPlanLine()) {
            row.add(planned);
        }
        MoneyField actual = new MoneyField(getTranslation("finalreport.figures.actual"));
        actual.setValue(line.getActual());
        actual.setAriaLabel(getTranslation("finalreport.figures.actual") + ": " + name.getText());
        actual.addValueChangeListener(e -> {
            if (form.readable(prefix + "actual", actual.isInputValid())) {
                line.setActual(e.getValue());
                form.changed();
            }
        });
        actual.addValidationStatusChangeListener(e -> form.readable(prefix + "actual", actual.isInputValid()));
        form.register(prefix + "actual", actual);
        row.add(actual);
        Span difference = new Span();
        difference.addClassName("report-line-difference");
        differences.add(difference);
        row.add(difference);

        if (!line.isPlanLine()) {
            Button remove = new Button(getTranslation("finalreport.figures.remove"), VaadinIcon.TRASH.create(), e -> {
                form.draft.removeLine(index);
                rebuild();
                linesChanged.run();
                form.changed();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(remove);
        }
        return row;
    }
}
