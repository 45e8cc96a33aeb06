package de.kulturbuero.grants.finalreport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiConsumer;
import de.kulturbuero.grants.finalreport.FinalReportRules;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.shared.i18n.Countries;
import de.kulturbuero.grants.shared.ui.DateFields;
import java.time.LocalDate;
import java.util.List;

/**
 * The narrative report (Sachbericht): carried out as planned or what changed and why, the dates
 * and the place as they really were, the participants and their partner city, the partner
 * organisation's part and the publicity.
 */
class NarrativeSection extends Composite<Section> {

    private final ReportForm form;

    NarrativeSection(ReportForm form, List<PartnerCitySummary> cities) {
        this.form = form;
        Section root = getContent();
        ReportDraft d = form.draft;

        RadioButtonGroup<Boolean> asPlanned = new RadioButtonGroup<>(getTranslation("finalreport.field.as-planned"));
        asPlanned.setItems(true, false);
        asPlanned.setItemLabelGenerator(
                yes -> getTranslation(Boolean.TRUE.equals(yes) ? "finalreport.page.yes" : "finalreport.page.no"));
        asPlanned.setValue(d.getCarriedOutAsPlanned());
        TextArea changes = area("changes", "finalreport.field.changes", d.getChanges(), ReportDraft::setChanges);
        changes.setVisible(Boolean.FALSE.equals(d.getCarriedOutAsPlanned()));
        asPlanned.addValueChangeListener(e -> {
            d.setCarriedOutAsPlanned(e.getValue());
            changes.setVisible(Boolean.FALSE.equals(e.getValue()));
            form.changed();
        });
        form.register("carriedOutAsPlanned", asPlanned);
        root.add(asPlanned, changes);

        DatePicker start =
                date("actualStart", "finalreport.field.actual-start", d.getActualStart(), ReportDraft::setActualStart);
        DatePicker end = date("actualEnd", "finalreport.field.actual-end", d.getActualEnd(), ReportDraft::setActualEnd);
        TextField place = new TextField(getTranslation("finalreport.field.place"));
        place.setMaxLength(FinalReportRules.MAX_PLACE);
        text(place, "place", d.getPlace(), ReportDraft::setPlace);
        root.add(start, end, place);

        IntegerField local = participants(
                "participantsLocal",
                "finalreport.field.participants-local",
                d.getParticipantsLocal(),
                ReportDraft::setParticipantsLocal);
        IntegerField partner = participants(
                "participantsPartner",
                "finalreport.field.participants-partner",
                d.getParticipantsPartner(),
                ReportDraft::setParticipantsPartner);
        Select<Long> city = new Select<>();
        city.setLabel(getTranslation("finalreport.field.partner-city"));
        city.setItems(cities.stream().map(PartnerCitySummary::id).toList());
        city.setItemLabelGenerator(id -> id == null
                ? ""
                : cities.stream()
                        .filter(c -> c.id() == id)
                        .findFirst()
                        .map(c -> c.name() + " (" + Countries.display(c.country(), getLocale()) + ")")
                        .orElse(""));
        city.setEmptySelectionAllowed(true);
        city.setValue(d.getPartnerCityId());
        city.addValueChangeListener(e -> {
            d.setPartnerCityId(e.getValue());
            form.changed();
        });
        form.register("partnerCityId", city);
        root.add(local, partner, city);

        root.add(area(
                "partnerContribution",
                "finalreport.field.partner-contribution",
                d.getPartnerContribution(),
                ReportDraft::setPartnerContribution));
        root.add(area("publicity", "finalreport.field.publicity", d.getPublicity(), ReportDraft::setPublicity));
    }

    @Override
    protected Section initContent() {
        return Sections.of("report-narrative", "finalreport.narrative.title");
    }

    private TextArea area(String name, String labelKey, String value, SerializableBiConsumer<ReportDraft, String> set) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(FinalReportRules.MAX_TEXT);
        area.setWidthFull();
        area.setMinHeight("6em");
        text(area, name, value, set);
        return area;
    }

    private <T extends com.vaadin.flow.component.AbstractField<T, String> & com.vaadin.flow.component.HasValidation>
            void text(T field, String name, String value, SerializableBiConsumer<ReportDraft, String> set) {
        field.setValue(value == null ? "" : value);
        field.addValueChangeListener(e -> {
            set.accept(form.draft, e.getValue());
            form.changed();
        });
        form.register(name, field);
    }

    private DatePicker date(
            String name, String labelKey, LocalDate value, SerializableBiConsumer<ReportDraft, LocalDate> set) {
        DatePicker picker = DateFields.configure(new DatePicker(getTranslation(labelKey)));
        picker.setValue(value);
        picker.addValueChangeListener(e -> {
            if (form.readable(name, !picker.isInvalid())) {
                set.accept(form.draft, e.getValue());
                form.changed();
            }
        });
        picker.addValidationStatusChangeListener(e -> form.readable(name, e.getNewStatus()));
        form.register(name, picker);
        return picker;
    }

    private IntegerField participants(
            String name, String labelKey, Integer value, SerializableBiConsumer<ReportDraft, Integer> set) {
        IntegerField f = new IntegerField(getTranslation(labelKey));
        f.setMin(0);
        f.setMax(FinalReportRules.MAX_PARTICIPANTS);
        String range = getTranslation(
                "finalreport.error.participants-range", String.valueOf(FinalReportRules.MAX_PARTICIPANTS));
        f.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(range)
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range));
        f.setStepButtonsVisible(true);
        f.setValue(value);
        f.addValueChangeListener(e -> {
            if (form.readable(name, !f.isInvalid())) {
                set.accept(form.draft, e.getValue());
                form.changed();
            }
        });
        f.addValidationStatusChangeListener(e -> form.readable(name, e.getNewStatus()));
        form.register(name, f);
        return f;
    }
}
