package de.kulturbuero.grants.settlement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.settlement.BaseRate;
import de.kulturbuero.grants.settlement.BaseRateCheck;
import de.kulturbuero.grants.settlement.BaseRateRefused;
import de.kulturbuero.grants.settlement.BaseRates;
import de.kulturbuero.grants.settlement.ReclaimInterest;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.DateFields;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The base interest rates (Basiszinssatz) the reclaim interest is computed with: the table, newest
 * first, and a form for the next published rate. Each half-year's rate is added once and never
 * changed.
 */
@Route("admin/base-rates")
@Menu(title = "settlement.rates.menu", order = 23, icon = "vaadin:calc")
@RolesAllowed({Roles.ADMIN, Roles.HEAD})
public class BaseRatesView extends Main implements HasDynamicTitle {

    private final transient BaseRates baseRates;
    private final Grid<BaseRate> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final ErrorSummary errors = new ErrorSummary();
    private final DatePicker validFrom = new DatePicker();
    private final BigDecimalField rate = new BigDecimalField();
    private final Binder<Entry> binder = new Binder<>();

    /** The form's values; the binder only checks what the fields could read. */
    private static final class Entry {
        private LocalDate validFrom;
        private BigDecimal rate;
    }

    public BaseRatesView(BaseRates baseRates) {
        this.baseRates = baseRates;
        addClassName("page");
        add(new H1(getTranslation("settlement.rates.title")), new Paragraph(getTranslation("settlement.rates.intro")));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("settlement.rates.table"));
        grid.addColumn(r -> Formats.date(r.validFrom(), getLocale()))
                .setHeader(getTranslation("settlement.rates.valid-from"))
                .setFlexGrow(1);
        grid.addColumn(r -> percent(r.rate()))
                .setHeader(getTranslation("settlement.rates.rate"))
                .setFlexGrow(1);
        grid.addColumn(r -> percent(
                        r.rate().add(ReclaimInterest.POINTS_ABOVE_BASE_RATE).max(BigDecimal.ZERO)))
                .setHeader(getTranslation("settlement.rates.interest-rate"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("settlement.rates.empty"));
        add(grid, empty, form());
        refresh();
    }

    private Section form() {
        H2 heading = new H2(getTranslation("settlement.rates.add.title"));
        heading.setId("base-rate-form-title");
        validFrom.setLabel(getTranslation("settlement.rates.add.valid-from"));
        DateFields.configure(validFrom);
        DateFields.helper(validFrom, getTranslation("settlement.rates.add.valid-from-help"));
        validFrom.setRequiredIndicatorVisible(true);
        rate.setLabel(getTranslation("settlement.rates.add.rate"));
        rate.setHelperText(getTranslation("settlement.rates.add.rate-help"));
        rate.setSuffixComponent(new Span("%"));
        rate.setRequiredIndicatorVisible(true);
        binder.forField(validFrom).bind(e -> e.validFrom, (e, v) -> e.validFrom = v);
        binder.forField(rate).bind(e -> e.rate, (e, v) -> e.rate = v);
        Button save = new Button(getTranslation("settlement.rates.add.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(validFrom, rate);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        Section section = new Section(heading, errors, layout, save);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private void save() {
        errors.clear();
        // the fields' own checks first: a text the date picker or the number field could not read
        BinderValidationStatus<Entry> status = binder.validate();
        if (!status.isOk()) {
            errors.show(status.getFieldValidationErrors().stream()
                    .map(v -> v.getMessage().orElse(""))
                    .toList());
            return;
        }
        try {
            BaseRate added = baseRates.add(validFrom.getValue(), rate.getValue());
            refresh();
            Notification n = Notification.show(
                    getTranslation(
                            "settlement.rates.add.done",
                            Formats.date(added.validFrom(), getLocale()),
                            percent(added.rate())),
                    5000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BaseRateRefused refused) {
            errors.show(refused.problems().stream().map(this::show).toList());
        }
    }

    private String show(BaseRateRefused.Problem problem) {
        Object[] args = Arrays.stream(problem.args())
                .map(a -> a instanceof LocalDate d ? Formats.date(d, getLocale()) : a)
                .toArray();
        String message = getTranslation(problem.messageKey(), args);
        HasValidation field = BaseRateCheck.RATE.equals(problem.field()) ? rate : validFrom;
        field.setErrorMessage(message);
        field.setInvalid(true);
        return message;
    }

    private void refresh() {
        List<BaseRate> rates = baseRates.all();
        grid.setItems(rates);
        grid.setVisible(!rates.isEmpty());
        empty.setVisible(rates.isEmpty());
        Entry entry = new Entry();
        entry.validFrom = baseRates.nextValidFrom();
        binder.readBean(entry);
    }

    /** "3,62 %" / "3.62 %": two decimals, more only where the table holds more. */
    private String percent(BigDecimal value) {
        Locale locale = "de".equals(getLocale().getLanguage()) ? Locale.GERMANY : Locale.UK;
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(4);
        return getTranslation("settlement.rates.percent", format.format(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.rates.title") + " – " + getTranslation("app.title");
    }
}
