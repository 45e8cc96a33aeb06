package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.grantapplication.SubmissionRejected;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** "New application": the walking skeleton's one-page form; submit starts the review process. */
@Route("applications/new")
@Menu(title = "grantapplication.new.menu", order = 2, icon = "vaadin:plus")
@RolesAllowed(Roles.APPLICANT)
public class NewApplicationView extends Main implements HasDynamicTitle {

    private final transient GrantApplicationService applications;
    private final Binder<NewApplicationForm> binder = new Binder<>(NewApplicationForm.class);
    private final Div errorSummary = new Div();

    private final ComboBox<ProgrammeSummary> programme = new ComboBox<>();
    private final TextField title = new TextField();
    private final ComboBox<PartnerCitySummary> partnerCity = new ComboBox<>();
    private final TextField partnerOrganisation = new TextField();
    private final TextArea summary = new TextArea();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final BigDecimalField requestedAmount = new BigDecimalField();

    public NewApplicationView(GrantApplicationService applications, ProgrammeService programmes) {
        this.applications = applications;
        addClassName("page");
        add(new H1(getTranslation("grantapplication.new.title")), new Paragraph(getTranslation("grantapplication.new.intro")));

        errorSummary.addClassName("error-summary");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.setVisible(false);
        add(errorSummary);

        List<ProgrammeSummary> open = programmes.openProgrammes();
        Map<Long, ProgrammeSummary> byId = new java.util.HashMap<>();
        open.forEach(p -> byId.put(p.id(), p));
        programme.setLabel(getTranslation("grantapplication.field.programme"));
        programme.setItems(open);
        programme.setItemLabelGenerator(p -> p.name(getLocale()));
        programme.setRequiredIndicatorVisible(true);
        programme.addValueChangeListener(e -> requestedAmount.setHelperText(e.getValue() == null ? null
                : getTranslation("grantapplication.new.max-grant", Formats.money(e.getValue().maxGrant(), getLocale()))));

        title.setLabel(getTranslation("grantapplication.field.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);

        List<PartnerCitySummary> cities = programmes.activePartnerCities();
        Map<Long, PartnerCitySummary> cityById = new java.util.HashMap<>();
        cities.forEach(c -> cityById.put(c.id(), c));
        partnerCity.setLabel(getTranslation("grantapplication.field.partner-city"));
        partnerCity.setItems(cities);
        partnerCity.setItemLabelGenerator(c -> getTranslation("grantapplication.new.city-label", c.name(), c.country(),
                Formats.kilometres(c.distanceKm(), getLocale())));
        partnerCity.setRequiredIndicatorVisible(true);

        partnerOrganisation.setLabel(getTranslation("grantapplication.field.partner-organisation"));
        partnerOrganisation.setMaxLength(200);
        partnerOrganisation.setRequiredIndicatorVisible(true);

        summary.setLabel(getTranslation("grantapplication.field.summary"));
        summary.setMaxLength(4000);
        summary.setRequiredIndicatorVisible(true);
        summary.setHelperText(getTranslation("grantapplication.new.summary-help"));

        startDate.setLabel(getTranslation("grantapplication.field.start-date"));
        startDate.setLocale(getLocale());
        startDate.setRequiredIndicatorVisible(true);
        endDate.setLabel(getTranslation("grantapplication.field.end-date"));
        endDate.setLocale(getLocale());
        endDate.setRequiredIndicatorVisible(true);
        startDate.addValueChangeListener(e -> endDate.setMin(e.getValue()));

        requestedAmount.setLabel(getTranslation("grantapplication.field.requested-amount"));
        requestedAmount.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        requestedAmount.setRequiredIndicatorVisible(true);

        binder.forField(programme).asRequired(getTranslation("grantapplication.validation.programme-required"))
                .bind(f -> f.getProgrammeId() == null ? null : byId.get(f.getProgrammeId()),
                        (f, p) -> f.setProgrammeId(p == null ? null : p.id()));
        binder.forField(title).asRequired(getTranslation("grantapplication.validation.title-required"))
                .bind(NewApplicationForm::getTitle, NewApplicationForm::setTitle);
        binder.forField(partnerCity).asRequired(getTranslation("grantapplication.validation.partner-city-required"))
                .bind(f -> f.getPartnerCityId() == null ? null : cityById.get(f.getPartnerCityId()),
                        (f, c) -> f.setPartnerCityId(c == null ? null : c.id()));
        binder.forField(partnerOrganisation).asRequired(getTranslation("grantapplication.validation.partner-organisation-required"))
                .bind(NewApplicationForm::getPartnerOrganisation, NewApplicationForm::setPartnerOrganisation);
        binder.forField(summary).asRequired(getTranslation("grantapplication.validation.summary-required"))
                .bind(NewApplicationForm::getSummary, NewApplicationForm::setSummary);
        binder.forField(startDate).asRequired(getTranslation("grantapplication.validation.start-required"))
                .withValidator(d -> !d.isBefore(LocalDate.now()), getTranslation("grantapplication.validation.start-past"))
                .bind(NewApplicationForm::getStartDate, NewApplicationForm::setStartDate);
        binder.forField(endDate).asRequired(getTranslation("grantapplication.validation.end-required"))
                .withValidator(d -> startDate.getValue() == null || !d.isBefore(startDate.getValue()),
                        getTranslation("grantapplication.validation.end-before-start"))
                .bind(NewApplicationForm::getEndDate, NewApplicationForm::setEndDate);
        binder.forField(requestedAmount).asRequired(getTranslation("grantapplication.validation.amount-required"))
                .withValidator(a -> a.compareTo(BigDecimal.ONE) >= 0, getTranslation("grantapplication.validation.amount-min"))
                .withValidator(a -> a.scale() <= 2, getTranslation("grantapplication.validation.amount-digits"))
                .withValidator(a -> programme.getValue() == null || a.compareTo(programme.getValue().maxGrant()) <= 0,
                        a -> getTranslation("grantapplication.validation.amount-above-max",
                                Formats.money(programme.getValue().maxGrant(), getLocale())))
                .bind(NewApplicationForm::getRequestedAmount, NewApplicationForm::setRequestedAmount);
        binder.readBean(new NewApplicationForm());

        FormLayout form = new FormLayout(programme, title, partnerCity, partnerOrganisation, summary, startDate, endDate, requestedAmount);
        form.setColspan(summary, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form);

        Button submit = new Button(getTranslation("grantapplication.new.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        Button cancel = new Button(getTranslation("shared.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class)));
        add(new HorizontalLayout(submit, cancel));
    }

    private void submit() {
        NewApplicationForm form = new NewApplicationForm();
        if (!binder.writeBeanIfValid(form)) {
            showSummary(binder.validate().getFieldValidationErrors().stream()
                    .map(e -> e.getMessage().orElse("")).toList());
            return;
        }
        try {
            ApplicationSummary submitted = applications.submit(form);
            Notification n = Notification.show(getTranslation("grantapplication.new.submitted", submitted.referenceNumber()),
                    8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, submitted.id()));
        } catch (SubmissionRejected rejected) {
            List<String> messages = rejected.problems().stream().map(p -> {
                String message = getTranslation(p.messageKey(), p.args());
                fieldFor(p.field()).ifPresent(f -> {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                });
                return message;
            }).toList();
            showSummary(messages);
        }
    }

    private java.util.Optional<HasValidation> fieldFor(String property) {
        return java.util.Optional.ofNullable(switch (property) {
            case "programmeId" -> programme;
            case "title" -> title;
            case "partnerCityId" -> partnerCity;
            case "partnerOrganisation" -> partnerOrganisation;
            case "summary" -> summary;
            case "startDate" -> startDate;
            case "endDate", "endNotBeforeStart" -> endDate;
            case "requestedAmount" -> requestedAmount;
            default -> null;
        });
    }

    private void showSummary(List<String> messages) {
        errorSummary.removeAll();
        errorSummary.add(new Paragraph(getTranslation("shared.form.errors", messages.size())));
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        messages.stream().distinct().forEach(m -> list.add(new com.vaadin.flow.component.html.ListItem(m)));
        errorSummary.add(list);
        errorSummary.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grantapplication.new.title") + " – " + getTranslation("app.title");
    }
}
