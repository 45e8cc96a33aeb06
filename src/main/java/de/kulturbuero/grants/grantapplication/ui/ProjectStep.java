package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.ProjectCategory;
import de.kulturbuero.grants.grantapplication.SubmissionRules;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.shared.i18n.Countries;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.DateFields;
import java.time.LocalDate;
import java.util.Arrays;

/** Step 1: the project, its partner city and organisation, place, dates and participants. */
class ProjectStep extends Composite<Div> {

    /** The most participants per group the portal accepts (as the server's format check). */
    private static final int MAX_PARTICIPANTS = 100_000;

    ProjectStep(WizardContext ctx) {
        Div root = getContent();
        root.add(new H2(getTranslation("grantapplication.step.PROJECT")));

        TextField title = text(ctx, "title", "grantapplication.field.title", 200);
        TextArea summary = area(ctx, "summary", "grantapplication.field.summary", 4000);
        summary.setHelperText(getTranslation("grantapplication.new.summary-help"));
        TextArea description = area(ctx, "description", "grantapplication.field.description", 20000);
        description.setHelperText(getTranslation("grantapplication.wizard.description-help"));

        ComboBox<ProjectCategory> category = new ComboBox<>(getTranslation("grantapplication.field.category"));
        category.setItems(Arrays.asList(ProjectCategory.values()));
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        ctx.binder.forField(category).bind(ApplicationDraft::getCategory, ApplicationDraft::setCategory);
        ctx.register("category", category);

        ComboBox<PartnerCitySummary> city = new ComboBox<>(getTranslation("grantapplication.field.partner-city"));
        city.setItems(ctx.cities);
        city.setItemLabelGenerator(c -> getTranslation(
                "grantapplication.new.city-label",
                c.name(),
                Countries.display(c.country(), getLocale()),
                Formats.kilometres(c.distanceKm(), getLocale())));
        TextField partnerCountry = text(ctx, "partnerCountry", "grantapplication.field.partner-country", 100);
        city.addValueChangeListener(e -> {
            cityHelper(city, e.getValue());
            // the partner organisation usually sits in the partner city's country
            if (e.isFromClient() && e.getValue() != null && partnerCountry.isEmpty()) {
                partnerCountry.setValue(Countries.display(e.getValue().country(), getLocale()));
            }
        });
        ctx.binder
                .forField(city)
                .bind(
                        d -> ctx.cities.stream()
                                .filter(c -> d.getPartnerCityId() != null && c.id() == d.getPartnerCityId())
                                .findFirst()
                                .orElse(null),
                        (d, c) -> d.setPartnerCityId(c == null ? null : c.id()));
        ctx.register("partnerCityId", city);

        TextField organisation = text(ctx, "partnerOrganisation", "grantapplication.field.partner-organisation", 200);
        TextField contact = text(ctx, "partnerContact", "grantapplication.field.partner-contact", 200);
        contact.setHelperText(getTranslation("grantapplication.wizard.partner-contact-help"));
        TextArea role = area(ctx, "partnerRole", "grantapplication.field.partner-role", 20000);
        role.setHelperText(getTranslation("grantapplication.wizard.partner-role-help"));
        TextField place = text(ctx, "place", "grantapplication.field.place", 200);

        DatePicker start = DateFields.configure(new DatePicker(getTranslation("grantapplication.field.start-date")));
        DateFields.helper(
                start,
                getTranslation(
                        "grantapplication.wizard.start-help",
                        ctx.terms.minLeadWeeks(),
                        Formats.date(SubmissionRules.earliestStart(ctx.terms, ctx.today), getLocale())));
        DatePicker end = DateFields.configure(new DatePicker(getTranslation("grantapplication.field.end-date")));
        // before the bindings' own listeners: the end's check must know the new start when the draft is written
        start.addValueChangeListener(e -> DateFields.min(
                end,
                e.getValue(),
                getTranslation(
                        "grantapplication.validation.end-before-start-on", Formats.date(e.getValue(), getLocale()))));
        ctx.binder.forField(start).bind(ApplicationDraft::getStartDate, ApplicationDraft::setStartDate);
        ctx.register("startDate", start);
        Binder.Binding<ApplicationDraft, LocalDate> endBinding =
                ctx.binder.forField(end).bind(ApplicationDraft::getEndDate, ApplicationDraft::setEndDate);
        ctx.register("endDate", end);
        start.addValueChangeListener(e -> {
            if (!end.isEmpty() || end.getErrorMessage() != null) {
                endBinding.validate();
            }
        });

        IntegerField local = participants(ctx, "participantsLocal", "grantapplication.field.participants-local");
        IntegerField partner = participants(ctx, "participantsPartner", "grantapplication.field.participants-partner");
        String range =
                getTranslation("grantapplication.validation.participants-range", String.valueOf(MAX_PARTICIPANTS));
        ctx.binder
                .forField(local)
                .withValidator(v -> v == null || (v >= 0 && v <= MAX_PARTICIPANTS), range)
                .bind(ApplicationDraft::getParticipantsLocal, ApplicationDraft::setParticipantsLocal);
        ctx.binder
                .forField(partner)
                .withValidator(v -> v == null || (v >= 0 && v <= MAX_PARTICIPANTS), range)
                .bind(ApplicationDraft::getParticipantsPartner, ApplicationDraft::setParticipantsPartner);

        FormLayout form = new FormLayout(
                title,
                category,
                summary,
                description,
                city,
                partnerCountry,
                organisation,
                contact,
                role,
                place,
                start,
                end,
                local,
                partner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(summary, 2);
        form.setColspan(description, 2);
        form.setColspan(role, 2);
        root.add(form);
        cityHelper(city, city.getValue());
    }

    private void cityHelper(ComboBox<PartnerCitySummary> city, PartnerCitySummary c) {
        city.setHelperText(
                c == null
                        ? null
                        : getTranslation(
                                c.reachableByGround()
                                        ? "grantapplication.wizard.city-help-ground"
                                        : "grantapplication.wizard.city-help",
                                Formats.kilometres(c.distanceKm(), getLocale())));
    }

    private TextField text(WizardContext ctx, String property, String labelKey, int max) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setMaxLength(max);
        ctx.binder.bind(f, property);
        ctx.register(property, f);
        return f;
    }

    private TextArea area(WizardContext ctx, String property, String labelKey, int max) {
        TextArea f = new TextArea(getTranslation(labelKey));
        f.setMaxLength(max);
        f.setMinHeight("6em");
        ctx.binder.bind(f, property);
        ctx.register(property, f);
        return f;
    }

    private IntegerField participants(WizardContext ctx, String property, String labelKey) {
        IntegerField f = new IntegerField(getTranslation(labelKey));
        f.setMin(0);
        f.setMax(MAX_PARTICIPANTS);
        String range =
                getTranslation("grantapplication.validation.participants-range", String.valueOf(MAX_PARTICIPANTS));
        // without these the field turns red with an empty message (a letter, "1.5", a negative number)
        f.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation(
                        "grantapplication.validation.participants-whole", String.valueOf(MAX_PARTICIPANTS)))
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range));
        f.setStepButtonsVisible(true);
        ctx.register(property, f);
        return f;
    }
}
