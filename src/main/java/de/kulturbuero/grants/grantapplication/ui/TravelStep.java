package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.TravelMode;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Step 3: how each group travels. A flight needs CO₂ compensation and is refused to a partner city
 * that is reachable by ground within 8 hours; the reason shows at once next to the choice.
 */
class TravelStep extends Composite<Div> {

    private final List<Runnable> updates = new ArrayList<>();

    TravelStep(WizardContext ctx) {
        Div root = getContent();
        root.add(new H2(getTranslation("grantapplication.step.TRAVEL")));
        root.add(new Paragraph(getTranslation("grantapplication.travel.intro")));
        root.add(group(ctx, "Local", getTranslation("grantapplication.travel.group-local")));
        root.add(group(ctx, "Partner", getTranslation("grantapplication.travel.group-partner")));
    }

    /** Checks the choices again (the partner city may have changed in step 1). */
    void refresh() {
        updates.forEach(Runnable::run);
    }

    private Div group(WizardContext ctx, String group, String heading) {
        boolean local = group.equals("Local");
        RadioButtonGroup<TravelMode> mode =
                new RadioButtonGroup<>(getTranslation("grantapplication.travel.mode-label", heading));
        mode.setItems(Arrays.asList(TravelMode.values()));
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        Checkbox co2 = new Checkbox(getTranslation("grantapplication.travel.co2"));
        if (local) {
            ctx.binder.forField(mode).bind(ApplicationDraft::getTravelModeLocal, ApplicationDraft::setTravelModeLocal);
            ctx.binder
                    .forField(co2)
                    .bind(ApplicationDraft::isCo2CompensatedLocal, ApplicationDraft::setCo2CompensatedLocal);
        } else {
            ctx.binder
                    .forField(mode)
                    .bind(ApplicationDraft::getTravelModePartner, ApplicationDraft::setTravelModePartner);
            ctx.binder
                    .forField(co2)
                    .bind(ApplicationDraft::isCo2CompensatedPartner, ApplicationDraft::setCo2CompensatedPartner);
        }
        ctx.register("travelMode" + group, mode);
        ctx.register("co2Compensated" + group, co2);
        Runnable update = () -> {
            boolean flight = mode.getValue() == TravelMode.FLIGHT;
            Optional<PartnerCitySummary> city = ctx.city();
            boolean refused = flight && city.isPresent() && city.get().reachableByGround();
            co2.setVisible(flight && !refused);
            mode.setErrorMessage(
                    refused
                            ? getTranslation(
                                    "grantapplication.validation.flight-refused",
                                    city.get().name())
                            : null);
            mode.setInvalid(refused);
            mode.setHelperText(flight && !refused ? getTranslation("grantapplication.travel.flight-help") : null);
        };
        mode.addValueChangeListener(e -> update.run());
        updates.add(update);
        Div box = new Div(new H3(heading), mode, co2);
        box.addClassName("travel-group");
        return box;
    }
}
