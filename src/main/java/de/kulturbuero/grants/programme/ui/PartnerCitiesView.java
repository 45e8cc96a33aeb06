package de.kulturbuero.grants.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.programme.PartnerCityAdministration;
import de.kulturbuero.grants.programme.PartnerCityForm;
import de.kulturbuero.grants.programme.PartnerCityFormCheck;
import de.kulturbuero.grants.programme.PartnerCityOverview;
import de.kulturbuero.grants.programme.ProgrammeDataRejected;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Countries;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** The office's partner cities: coordinates (the distance is computed), ground-reachability flag, active or not. */
@Route("admin/partner-cities")
@Menu(title = "programme.city.menu", order = 21, icon = "vaadin:globe")
@RolesAllowed(Roles.ADMIN)
public class PartnerCitiesView extends Main implements HasDynamicTitle {

    private final transient PartnerCityAdministration administration;
    private final Grid<PartnerCityOverview> grid = new Grid<>();

    public PartnerCitiesView(PartnerCityAdministration administration) {
        this.administration = administration;
        addClassName("page");
        Button create = new Button(
                getTranslation("programme.city.new"), VaadinIcon.PLUS.create(), e -> edit(new PartnerCityForm()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("programme.city.title")), create);
        header.addClassName("page-header");
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("programme.city.intro")));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("programme.city.title"));
        grid.addColumn(PartnerCityOverview::name)
                .setHeader(getTranslation("programme.city.field.name"))
                .setFlexGrow(2);
        grid.addColumn(c -> Countries.display(c.country(), getLocale()))
                .setHeader(getTranslation("programme.city.field.country"))
                .setFlexGrow(2);
        grid.addColumn(PartnerCityOverview::partnerSince)
                .setHeader(getTranslation("programme.city.field.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> Formats.kilometres(c.distanceKm(), getLocale()))
                .setHeader(getTranslation("programme.city.field.distance"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.reachableByGround() ? "programme.city.yes" : "programme.city.no"))
                .setHeader(getTranslation("programme.city.field.ground"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.active() ? "programme.city.active" : "programme.city.inactive"))
                .setHeader(getTranslation("programme.city.field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(c -> {
                    Button edit =
                            new Button(getTranslation("programme.city.edit"), e -> edit(administration.load(c.id())));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("programme.city.edit") + ": " + c.name());
                    return edit;
                })
                .setHeader(getTranslation("programme.admin.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.all());
    }

    private void edit(PartnerCityForm city) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(city.getId() == null ? "programme.city.new" : "programme.city.edit"));
        ErrorSummary errors = new ErrorSummary();
        TextField name = new TextField(getTranslation("programme.city.field.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        TextField country = new TextField(getTranslation("programme.city.field.country"));
        country.setMaxLength(100);
        country.setRequiredIndicatorVisible(true);
        IntegerField since = new IntegerField(getTranslation("programme.city.field.since"));
        since.setRequiredIndicatorVisible(true);
        BigDecimalField latitude = new BigDecimalField(getTranslation("programme.city.field.latitude"));
        latitude.setHelperText(getTranslation("programme.city.field.latitude-help"));
        latitude.setRequiredIndicatorVisible(true);
        BigDecimalField longitude = new BigDecimalField(getTranslation("programme.city.field.longitude"));
        longitude.setHelperText(getTranslation("programme.city.field.longitude-help"));
        longitude.setRequiredIndicatorVisible(true);
        Checkbox ground = new Checkbox(getTranslation("programme.city.field.ground-long"));
        Checkbox active = new Checkbox(getTranslation("programme.city.field.active-long"));

        Binder<PartnerCityForm> binder = new Binder<>(PartnerCityForm.class);
        binder.forField(name)
                .asRequired(getTranslation("programme.city.validation.name"))
                .bind(PartnerCityForm::getName, PartnerCityForm::setName);
        binder.forField(country)
                .asRequired(getTranslation("programme.city.validation.country"))
                .bind(PartnerCityForm::getCountry, PartnerCityForm::setCountry);
        int year = Year.now(de.kulturbuero.grants.shared.i18n.Formats.ZONE).getValue();
        binder.forField(since)
                .asRequired(getTranslation("programme.city.validation.since", year))
                .withValidator(y -> y >= 1900 && y <= year, getTranslation("programme.city.validation.since", year))
                .bind(PartnerCityForm::getPartnerSince, PartnerCityForm::setPartnerSince);
        binder.forField(latitude)
                .asRequired(getTranslation("programme.city.validation.latitude"))
                .withValidator(v -> v.abs().doubleValue() <= 90, getTranslation("programme.city.validation.latitude"))
                .bind(PartnerCityForm::getLatitude, PartnerCityForm::setLatitude);
        binder.forField(longitude)
                .asRequired(getTranslation("programme.city.validation.longitude"))
                .withValidator(v -> v.abs().doubleValue() <= 180, getTranslation("programme.city.validation.longitude"))
                .bind(PartnerCityForm::getLongitude, PartnerCityForm::setLongitude);
        binder.bind(ground, PartnerCityForm::isReachableByGround, PartnerCityForm::setReachableByGround);
        binder.bind(active, PartnerCityForm::isActive, PartnerCityForm::setActive);
        binder.readBean(city);

        FormLayout form = new FormLayout(name, country, since, latitude, longitude, ground, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        dialog.add(errors, form);

        Button save = new Button(getTranslation("programme.city.save"), e -> {
            PartnerCityForm result = new PartnerCityForm();
            result.setId(city.getId());
            if (!binder.writeBeanIfValid(result)) {
                errors.show(binder.validate().getFieldValidationErrors().stream()
                        .map(v -> v.getMessage().orElse(""))
                        .toList());
                return;
            }
            List<ProgrammeDataRejected.Problem> problems = PartnerCityFormCheck.problems(result, year);
            if (problems.isEmpty()) {
                try {
                    PartnerCityOverview saved = administration.save(result);
                    dialog.close();
                    refresh();
                    Notification n = Notification.show(
                            getTranslation(
                                    "programme.city.saved",
                                    saved.name(),
                                    NumberFormat.getIntegerInstance(getLocale()).format(saved.distanceKm())),
                            5000,
                            Notification.Position.TOP_CENTER);
                    n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    return;
                } catch (ProgrammeDataRejected rejected) {
                    problems = rejected.problems();
                }
            }
            errors.show(problems.stream()
                    .map(p -> {
                        String message = getTranslation(p.messageKey(), p.args());
                        Optional.<HasValidation>ofNullable(
                                        switch (p.field()) {
                                            case "name" -> name;
                                            case "country" -> country;
                                            case "partnerSince" -> since;
                                            case "latitude" -> latitude;
                                            case "longitude" -> longitude;
                                            default -> null;
                                        })
                                .ifPresent(f -> {
                                    f.setErrorMessage(message);
                                    f.setInvalid(true);
                                });
                        return message;
                    })
                    .toList());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("shared.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.city.title") + " – " + getTranslation("app.title");
    }
}
