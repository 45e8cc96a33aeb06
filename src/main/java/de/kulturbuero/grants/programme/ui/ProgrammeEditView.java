package de.kulturbuero.grants.programme.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.programme.FinancingType;
import de.kulturbuero.grants.programme.PaymentMode;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeDataRejected;
import de.kulturbuero.grants.programme.ProgrammeForm;
import de.kulturbuero.grants.programme.ProgrammeFormCheck;
import de.kulturbuero.grants.programme.ProgrammeRules;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.DateFields;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.MoneyField;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Create or edit a programme ({@code admin/programme/new} or {@code admin/programme/<id>}).
 * Saving a change of the rules writes a new rules version; submitted applications keep theirs.
 */
@Route("admin/programme")
@RolesAllowed(Roles.ADMIN)
public class ProgrammeEditView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient ProgrammeAdministration administration;
    private final Binder<ProgrammeForm> binder = new Binder<>(ProgrammeForm.class);
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final H1 heading = new H1();

    private final TextField nameDe = new TextField();
    private final TextField nameEn = new TextField();
    private final TextArea descriptionDe = new TextArea();
    private final TextArea descriptionEn = new TextArea();
    private final TextArea eligibilityDe = new TextArea();
    private final TextArea eligibilityEn = new TextArea();
    private final ComboBox<FinancingType> financingType = new ComboBox<>();
    private final BigDecimalField maxSharePercent = new BigDecimalField();
    private final MoneyField fixedAmount = new MoneyField();
    private final MoneyField maxGrant = new MoneyField();
    private final MoneyField decisionThreshold = new MoneyField();
    private final MoneyField annualBudget = new MoneyField();
    private final DatePicker windowStart = new DatePicker();
    private final DatePicker windowEnd = new DatePicker();
    private final IntegerField minLeadWeeks = new IntegerField();
    private final TextField referencePrefix = new TextField();
    private final RadioButtonGroup<PaymentMode> paymentMode = new RadioButtonGroup<>();
    private final BigDecimalField holdbackPercent = new BigDecimalField();
    private final IntegerField drawdownMonths = new IntegerField();
    private final TextArea paymentModeParagraph = new TextArea();
    private final TextArea holdbackParagraph = new TextArea();
    private final TextArea drawdownParagraph = new TextArea();
    private final TextField bookingProduct = new TextField();
    private final TextField bookingAccount = new TextField();
    private final TextField bookingCostCentre = new TextField();

    private final Button cancel = new Button();
    private final Div budgetRows = new Div();
    private final Div criterionRows = new Div();
    private final Span weightSum = new Span();
    private final Div history = new Div();
    private final List<BudgetRow> budgets = new ArrayList<>();
    private final List<CriterionRow> criteria = new ArrayList<>();
    private ProgrammeForm current = new ProgrammeForm();

    public ProgrammeEditView(ProgrammeAdministration administration) {
        this.administration = administration;
        addClassName("page");
        addClassName("programme-editor");
        add(heading, errorSummary);

        label(nameDe, "programme.field.name-de", 200);
        label(nameEn, "programme.field.name-en", 200);
        descriptionDe.setLabel(getTranslation("programme.field.description-de"));
        descriptionEn.setLabel(getTranslation("programme.field.description-en"));
        eligibilityDe.setLabel(getTranslation("programme.field.eligibility-de"));
        eligibilityEn.setLabel(getTranslation("programme.field.eligibility-en"));
        FormLayout texts = form(nameDe, nameEn, descriptionDe, descriptionEn, eligibilityDe, eligibilityEn);

        financingType.setLabel(getTranslation("programme.field.financing-type"));
        financingType.setItems(FinancingType.values());
        financingType.setItemLabelGenerator(t -> getTranslation("programme.financing." + t.name()));
        financingType.setRequiredIndicatorVisible(true);
        financingType.addValueChangeListener(e -> showFinancingFields(e.getValue()));
        maxSharePercent.setLabel(getTranslation("programme.field.max-share"));
        maxSharePercent.setSuffixComponent(new Span("%"));
        money(fixedAmount, "programme.field.fixed-amount");
        money(maxGrant, "programme.field.max-grant");
        money(decisionThreshold, "programme.field.decision-threshold");
        decisionThreshold.setHelperText(getTranslation("programme.field.decision-threshold-help"));
        FormLayout financing = form(financingType, maxSharePercent, fixedAmount, maxGrant, decisionThreshold);

        windowStart.setLabel(getTranslation("programme.field.window-start"));
        windowEnd.setLabel(getTranslation("programme.field.window-end"));
        DateFields.configure(windowStart);
        DateFields.configure(windowEnd);
        DateFields.helper(windowStart, getTranslation("programme.field.window-help"));
        DateFields.helper(windowEnd, getTranslation("programme.field.window-help"));
        minLeadWeeks.setLabel(getTranslation("programme.field.min-lead-weeks"));
        minLeadWeeks.setMin(0);
        minLeadWeeks.setMax(104);
        minLeadWeeks.setStepButtonsVisible(true);
        referencePrefix.setLabel(getTranslation("programme.field.prefix"));
        referencePrefix.setHelperText(getTranslation("programme.field.prefix-help"));
        referencePrefix.setMaxLength(6);
        referencePrefix.setRequiredIndicatorVisible(true);
        FormLayout window = form(windowStart, windowEnd, minLeadWeeks, referencePrefix);

        money(annualBudget, "programme.field.annual-budget");
        annualBudget.setHelperText(getTranslation("programme.field.annual-budget-help"));
        Button addYear = new Button(getTranslation("programme.budget.add"), VaadinIcon.PLUS.create(), e -> {
            addBudgetRow(new ProgrammeForm.BudgetLine(nextBudgetYear(), null));
            edited();
        });
        addYear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        FormLayout payment = paymentSection();

        Button addCriterion = new Button(getTranslation("programme.criteria.add"), VaadinIcon.PLUS.create(), e -> {
            addCriterionRow(new ProgrammeForm.CriterionLine());
            edited();
        });
        addCriterion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        weightSum.getElement().setAttribute("aria-live", "polite");

        binder.forField(nameDe)
                .asRequired(getTranslation("programme.validation.required"))
                .bind(ProgrammeForm::getNameDe, ProgrammeForm::setNameDe);
        binder.forField(nameEn)
                .asRequired(getTranslation("programme.validation.required"))
                .bind(ProgrammeForm::getNameEn, ProgrammeForm::setNameEn);
        binder.bind(descriptionDe, ProgrammeForm::getDescriptionDe, ProgrammeForm::setDescriptionDe);
        binder.bind(descriptionEn, ProgrammeForm::getDescriptionEn, ProgrammeForm::setDescriptionEn);
        binder.bind(eligibilityDe, ProgrammeForm::getEligibilityDe, ProgrammeForm::setEligibilityDe);
        binder.bind(eligibilityEn, ProgrammeForm::getEligibilityEn, ProgrammeForm::setEligibilityEn);
        binder.forField(financingType)
                .asRequired(getTranslation("programme.validation.required"))
                .bind(ProgrammeForm::getFinancingType, ProgrammeForm::setFinancingType);
        binder.bind(maxSharePercent, ProgrammeForm::getMaxSharePercent, ProgrammeForm::setMaxSharePercent);
        binder.bind(fixedAmount, ProgrammeForm::getFixedAmount, ProgrammeForm::setFixedAmount);
        binder.forField(maxGrant)
                .asRequired(getTranslation("programme.validation.amount-positive"))
                .bind(ProgrammeForm::getMaxGrant, ProgrammeForm::setMaxGrant);
        binder.forField(decisionThreshold)
                .asRequired(getTranslation("programme.validation.amount-not-negative"))
                .bind(ProgrammeForm::getDecisionThreshold, ProgrammeForm::setDecisionThreshold);
        binder.forField(annualBudget)
                .asRequired(getTranslation("programme.validation.amount-not-negative"))
                .bind(ProgrammeForm::getAnnualBudget, ProgrammeForm::setAnnualBudget);
        binder.bind(windowStart, ProgrammeForm::getWindowStart, ProgrammeForm::setWindowStart);
        binder.bind(windowEnd, ProgrammeForm::getWindowEnd, ProgrammeForm::setWindowEnd);
        binder.forField(minLeadWeeks)
                .asRequired(getTranslation("programme.validation.lead-weeks-range"))
                .bind(ProgrammeForm::getMinLeadWeeks, ProgrammeForm::setMinLeadWeeks);
        binder.forField(referencePrefix)
                .asRequired(getTranslation("programme.validation.prefix-format"))
                .withConverter(s -> s == null ? null : s.strip().toUpperCase(), s -> s == null ? "" : s)
                .bind(ProgrammeForm::getReferencePrefix, ProgrammeForm::setReferencePrefix);

        Button save = new Button(getTranslation("programme.admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addClickListener(e -> backToList());
        // a saved, unchanged programme has nothing to cancel: the button says where it goes
        binder.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edited();
            }
        });

        add(
                new H2(getTranslation("programme.section.texts")),
                texts,
                new H2(getTranslation("programme.section.financing")),
                financing,
                new H2(getTranslation("programme.section.window")),
                window,
                new H2(getTranslation("programme.section.budget")),
                form(annualBudget),
                budgetRows,
                addYear,
                new H2(getTranslation("programme.section.payment")),
                new Paragraph(getTranslation("programme.payment.intro")),
                payment,
                new H2(getTranslation("programme.section.criteria")),
                new Paragraph(getTranslation("programme.criteria.intro")),
                criterionRows,
                new HorizontalLayout(addCriterion, weightSum),
                new HorizontalLayout(save, cancel),
                history);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        clearFieldErrors();
        if ("new".equals(parameter)) {
            current = new ProgrammeForm();
            heading.setText(getTranslation("programme.admin.new"));
        } else {
            try {
                current = administration.load(Long.parseLong(parameter));
            } catch (IllegalArgumentException notFound) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                return;
            }
            heading.setText(getTranslation("programme.admin.edit", nameIn(current)));
            showHistory(administration.rulesHistory(current.getId()));
        }
        binder.readBean(current);
        cancel.setText(getTranslation("new".equals(parameter) ? "shared.cancel" : "programme.admin.back"));
        budgets.clear();
        budgetRows.removeAll();
        current.getBudgets().forEach(this::addBudgetRow);
        criteria.clear();
        criterionRows.removeAll();
        current.getCriteria().forEach(this::addCriterionRow);
        showFinancingFields(current.getFinancingType());
        updateWeightSum();
    }

    private void save() {
        clearFieldErrors();
        ProgrammeForm form = new ProgrammeForm();
        form.setId(current.getId());
        boolean fieldsValid = binder.writeBeanIfValid(form);
        form.setBudgets(budgets.stream().map(BudgetRow::line).toList());
        form.setCriteria(criteria.stream().map(CriterionRow::line).toList());
        // a budget amount that could not be read is refused, not saved as "no amount"
        List<String> unreadBudgets = budgets.stream()
                .filter(r -> !r.amount.isInputValid())
                .map(r -> r.amount.getAriaLabel().orElse(r.amount.getLabel()) + ": " + r.amount.refusalMessage())
                .toList();
        fieldsValid = fieldsValid && unreadBudgets.isEmpty();
        List<ProgrammeDataRejected.Problem> problems = fieldsValid ? ProgrammeFormCheck.problems(form) : List.of();
        if (!fieldsValid) {
            // the summary names each field: "Please fill in this field." alone does not say which one
            List<String> messages = new java.util.ArrayList<>(binder.validate().getFieldValidationErrors().stream()
                    .map(e -> labelled(e.getField(), e.getMessage().orElse("")))
                    .toList());
            messages.addAll(unreadBudgets);
            showErrors(messages);
            return;
        }
        if (problems.isEmpty()) {
            try {
                long id = administration.save(form);
                Notification n = Notification.show(
                        getTranslation("programme.admin.saved", nameIn(form)), 5000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ProgrammeEditView.class, String.valueOf(id)));
                return;
            } catch (ProgrammeDataRejected rejected) {
                problems = rejected.problems();
            }
        }
        showErrors(problems.stream()
                .map(p -> {
                    String message = getTranslation(p.messageKey(), p.args());
                    Optional<HasValidation> field = fieldFor(p.field());
                    field.ifPresent(f -> {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    });
                    return field.map(f -> labelled(f, message)).orElse(message);
                })
                .toList());
    }

    /** "Label: message" for the error summary (the message alone where the field has no label). */
    private static String labelled(Object field, String message) {
        return field instanceof HasLabel l
                        && l.getLabel() != null
                        && !l.getLabel().isBlank()
                ? l.getLabel() + ": " + message
                : message;
    }

    /** The summary sits above the long form, far from the save button: bring it into view. */
    private void showErrors(List<String> messages) {
        errorSummary.show(messages);
        errorSummary.scrollIntoView(com.vaadin.flow.component.ScrollIntoViewOption.Block.CENTER);
    }

    /** The programme's name in the UI's language (German or English). */
    private String nameIn(ProgrammeForm form) {
        return "de".equals(getLocale().getLanguage()) ? form.getNameDe() : form.getNameEn();
    }

    /**
     * Before each save: the summary and every field a refusal can mark, so that no message of an
     * earlier attempt stays once that entry is right (the view stays the same instance after a save).
     */
    private void clearFieldErrors() {
        errorSummary.clear();
        for (HasValidation f : List.<HasValidation>of(
                nameDe,
                nameEn,
                referencePrefix,
                maxSharePercent,
                fixedAmount,
                maxGrant,
                annualBudget,
                decisionThreshold,
                minLeadWeeks,
                windowEnd,
                paymentMode,
                holdbackPercent,
                drawdownMonths,
                paymentModeParagraph,
                holdbackParagraph,
                drawdownParagraph,
                bookingProduct,
                bookingAccount,
                bookingCostCentre)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    private Optional<HasValidation> fieldFor(String property) {
        return Optional.ofNullable(
                switch (property) {
                    case "nameDe" -> nameDe;
                    case "nameEn" -> nameEn;
                    case "referencePrefix" -> referencePrefix;
                    case "maxSharePercent" -> maxSharePercent;
                    case "fixedAmount" -> fixedAmount;
                    case "maxGrant" -> maxGrant;
                    case "annualBudget" -> annualBudget;
                    case "decisionThreshold" -> decisionThreshold;
                    case "minLeadWeeks" -> minLeadWeeks;
                    case "windowEnd" -> windowEnd;
                    case "paymentMode" -> paymentMode;
                    case "holdbackPercent" -> holdbackPercent;
                    case "drawdownMonths" -> drawdownMonths;
                    case "paymentModeParagraph" -> paymentModeParagraph;
                    case "holdbackParagraph" -> holdbackParagraph;
                    case "drawdownParagraph" -> drawdownParagraph;
                    case "bookingProduct" -> bookingProduct;
                    case "bookingAccount" -> bookingAccount;
                    case "bookingCostCentre" -> bookingCostCentre;
                    default -> null;
                });
    }

    /**
     * Payment mode, holdback, drawdown window with the paragraphs of the funding rules they come
     * from, and the booking fields of the city's finance system. The holdback is entered in
     * percent and stored as a share; the limits are {@link ProgrammeFormCheck}'s.
     */
    private FormLayout paymentSection() {
        paymentMode.setLabel(getTranslation("programme.field.payment-mode"));
        paymentMode.setItems(PaymentMode.values());
        paymentMode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        paymentMode.setRequiredIndicatorVisible(true);
        holdbackPercent.setLabel(getTranslation("programme.field.holdback"));
        holdbackPercent.setSuffixComponent(new Span("%"));
        holdbackPercent.setHelperText(
                getTranslation("programme.field.holdback-help", ProgrammeFormCheck.MAX_HOLDBACK_PERCENT));
        holdbackPercent.setRequiredIndicatorVisible(true);
        drawdownMonths.setLabel(getTranslation("programme.field.drawdown-months"));
        drawdownMonths.setHelperText(
                getTranslation("programme.field.drawdown-months-help", ProgrammeFormCheck.MAX_DRAWDOWN_MONTHS));
        drawdownMonths.setMin(1);
        drawdownMonths.setMax(ProgrammeFormCheck.MAX_DRAWDOWN_MONTHS);
        drawdownMonths.setStepButtonsVisible(true);
        drawdownMonths.setRequiredIndicatorVisible(true);
        paragraph(paymentModeParagraph, "programme.field.payment-mode-paragraph");
        paragraph(holdbackParagraph, "programme.field.holdback-paragraph");
        paragraph(drawdownParagraph, "programme.field.drawdown-paragraph");
        booking(bookingProduct, "programme.field.booking-product");
        booking(bookingAccount, "programme.field.booking-account");
        booking(bookingCostCentre, "programme.field.booking-cost-centre");

        binder.forField(paymentMode)
                .asRequired(getTranslation("programme.validation.required"))
                .bind(ProgrammeForm::getPaymentMode, ProgrammeForm::setPaymentMode);
        binder.forField(holdbackPercent)
                .asRequired(
                        getTranslation("programme.validation.holdback-range", ProgrammeFormCheck.MAX_HOLDBACK_PERCENT))
                .bind(ProgrammeForm::getHoldbackPercent, ProgrammeForm::setHoldbackPercent);
        binder.forField(drawdownMonths)
                .asRequired(
                        getTranslation("programme.validation.drawdown-range", ProgrammeFormCheck.MAX_DRAWDOWN_MONTHS))
                .bind(ProgrammeForm::getDrawdownMonths, ProgrammeForm::setDrawdownMonths);
        binder.bind(
                paymentModeParagraph, ProgrammeForm::getPaymentModeParagraph, ProgrammeForm::setPaymentModeParagraph);
        binder.bind(holdbackParagraph, ProgrammeForm::getHoldbackParagraph, ProgrammeForm::setHoldbackParagraph);
        binder.bind(drawdownParagraph, ProgrammeForm::getDrawdownParagraph, ProgrammeForm::setDrawdownParagraph);
        binder.bind(bookingProduct, ProgrammeForm::getBookingProduct, ProgrammeForm::setBookingProduct);
        binder.bind(bookingAccount, ProgrammeForm::getBookingAccount, ProgrammeForm::setBookingAccount);
        binder.bind(bookingCostCentre, ProgrammeForm::getBookingCostCentre, ProgrammeForm::setBookingCostCentre);

        return form(
                paymentMode,
                paymentModeParagraph,
                holdbackPercent,
                holdbackParagraph,
                drawdownMonths,
                drawdownParagraph,
                bookingProduct,
                bookingAccount,
                bookingCostCentre);
    }

    private void paragraph(TextArea field, String key) {
        field.setLabel(getTranslation(key));
        field.setHelperText(getTranslation("programme.field.paragraph-help"));
        field.setMaxLength(ProgrammeFormCheck.PARAGRAPH_LENGTH);
    }

    private void booking(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(ProgrammeFormCheck.BOOKING_LENGTH);
    }

    private String percent(BigDecimal share) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share.movePointRight(2)) + " %";
    }

    private void showFinancingFields(FinancingType type) {
        maxSharePercent.setVisible(type == FinancingType.SHARE);
        fixedAmount.setVisible(type == FinancingType.FIXED);
    }

    /** Next year, or the year after the latest year already in the list (a second click must not repeat a year). */
    private int nextBudgetYear() {
        int next = LocalDate.now(Formats.ZONE).getYear() + 1;
        for (BudgetRow row : budgets) {
            if (row.year.getValue() != null && row.year.getValue() >= next) {
                next = row.year.getValue() + 1;
            }
        }
        return next;
    }

    private void addBudgetRow(ProgrammeForm.BudgetLine line) {
        BudgetRow row = new BudgetRow(line);
        budgets.add(row);
        budgetRows.add(row);
        renumber();
    }

    private void addCriterionRow(ProgrammeForm.CriterionLine line) {
        CriterionRow row = new CriterionRow(line);
        criteria.add(row);
        criterionRows.add(row);
        updateWeightSum();
        renumber();
    }

    /** Something changed since loading: leaving now throws it away, and the button says so. */
    private void edited() {
        cancel.setText(getTranslation("shared.cancel"));
    }

    /**
     * Every row shows the same short labels ("Year", "Weight"); a screen reader hears the row's
     * number with them, so the fields of several rows can be told apart (WCAG 2.4.6).
     */
    private void renumber() {
        for (int i = 0; i < budgets.size(); i++) {
            budgets.get(i).number(i + 1);
        }
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).number(i + 1);
        }
    }

    private void updateWeightSum() {
        int sum = criteria.stream()
                .mapToInt(r -> r.weight.getValue() == null ? 0 : r.weight.getValue())
                .sum();
        weightSum.setText(getTranslation("programme.criteria.sum", sum));
        weightSum.getElement().getClassList().set("weight-sum-wrong", !criteria.isEmpty() && sum != 100);
    }

    private void showHistory(List<ProgrammeRules> versions) {
        history.removeAll();
        history.add(
                new H2(getTranslation("programme.section.history")),
                new Paragraph(getTranslation("programme.history.intro")));
        Grid<ProgrammeRules> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("programme.section.history"));
        grid.addColumn(ProgrammeRules::versionNo)
                .setHeader(getTranslation("programme.field.rules-version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale()))
                .setHeader(getTranslation("programme.history.since"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(
                        "programme.financing." + r.financingType().name()))
                .setHeader(getTranslation("programme.field.financing-type"));
        grid.addColumn(r -> Formats.money(r.maxGrant(), getLocale()))
                .setHeader(getTranslation("programme.field.max-grant"));
        grid.addColumn(r -> Formats.money(r.decisionThreshold(), getLocale()))
                .setHeader(getTranslation("programme.field.decision-threshold"));
        grid.addColumn(r -> getTranslation(r.paymentTerms().mode().messageKey()))
                .setHeader(getTranslation("programme.field.payment-mode"));
        grid.addColumn(r -> percent(r.paymentTerms().holdbackShare()))
                .setHeader(getTranslation("programme.field.holdback"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.criteria().size())
                .setHeader(getTranslation("programme.history.criteria"))
                .setAutoWidth(true);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        history.add(grid);
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(ProgrammesView.class));
    }

    private FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return layout;
    }

    private void label(TextField field, String key, int max) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
    }

    private void money(MoneyField field, String key) {
        field.setLabel(getTranslation(key));
    }

    /** One year's budget: year, amount, remove. */
    private final class BudgetRow extends HorizontalLayout {
        private final IntegerField year = new IntegerField(getTranslation("programme.budget.year"));
        private final MoneyField amount = new MoneyField(getTranslation("programme.budget.amount"));
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        BudgetRow(ProgrammeForm.BudgetLine line) {
            year.setValue(line.getYear());
            year.addValueChangeListener(e -> {
                if (e.isFromClient()) edited();
            });
            amount.addValueChangeListener(e -> {
                if (e.isFromClient()) edited();
            });
            year.setMin(2000);
            year.setMax(2100);
            amount.setValue(line.getAmount());
            remove.addClickListener(e -> {
                budgets.remove(this);
                budgetRows.remove(this);
                renumber();
                edited();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setAlignItems(Alignment.BASELINE);
            add(year, amount, remove);
        }

        void number(int n) {
            year.setAriaLabel(getTranslation("programme.budget.row-label", n, getTranslation("programme.budget.year")));
            amount.setAriaLabel(
                    getTranslation("programme.budget.row-label", n, getTranslation("programme.budget.amount")));
            remove.setAriaLabel(
                    getTranslation("programme.budget.row-label", n, getTranslation("programme.budget.remove")));
        }

        ProgrammeForm.BudgetLine line() {
            return new ProgrammeForm.BudgetLine(year.getValue(), amount.getValue());
        }
    }

    /** One criterion: German and English name, weight, remove. */
    private final class CriterionRow extends HorizontalLayout {
        private final Long id;
        private final TextField nameDe = new TextField(getTranslation("programme.criteria.name-de"));
        private final TextField nameEn = new TextField(getTranslation("programme.criteria.name-en"));
        private final IntegerField weight = new IntegerField(getTranslation("programme.criteria.weight"));
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        CriterionRow(ProgrammeForm.CriterionLine line) {
            this.id = line.getId();
            nameDe.setValue(line.getNameDe() == null ? "" : line.getNameDe());
            nameEn.setValue(line.getNameEn() == null ? "" : line.getNameEn());
            nameDe.setMaxLength(200);
            nameEn.setMaxLength(200);
            weight.setValue(line.getWeight());
            weight.setMin(1);
            weight.setMax(100);
            weight.setSuffixComponent(new Span("%"));
            weight.addValueChangeListener(e -> updateWeightSum());
            for (var field : List.of(nameDe, nameEn)) {
                field.addValueChangeListener(e -> {
                    if (e.isFromClient()) edited();
                });
            }
            weight.addValueChangeListener(e -> {
                if (e.isFromClient()) edited();
            });
            remove.addClickListener(e -> {
                criteria.remove(this);
                criterionRows.remove(this);
                updateWeightSum();
                renumber();
                edited();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            addClassName("criterion-row");
            add(nameDe, nameEn, weight, remove);
        }

        void number(int n) {
            nameDe.setAriaLabel(
                    getTranslation("programme.criteria.row-label", n, getTranslation("programme.criteria.name-de")));
            nameEn.setAriaLabel(
                    getTranslation("programme.criteria.row-label", n, getTranslation("programme.criteria.name-en")));
            weight.setAriaLabel(
                    getTranslation("programme.criteria.row-label", n, getTranslation("programme.criteria.weight")));
            remove.setAriaLabel(
                    getTranslation("programme.criteria.row-label", n, getTranslation("programme.criteria.remove")));
        }

        ProgrammeForm.CriterionLine line() {
            return new ProgrammeForm.CriterionLine(id, nameDe.getValue(), nameEn.getValue(), weight.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
