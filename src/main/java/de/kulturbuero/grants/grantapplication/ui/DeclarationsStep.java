package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;

/** Step 5: the declarations, the early-start request with its reason, and the optional consent to publish. */
class DeclarationsStep extends Composite<Div> {

    DeclarationsStep(WizardContext ctx) {
        Div root = getContent();
        root.add(new H2(getTranslation("grantapplication.step.DECLARATIONS")));

        Checkbox truthful = new Checkbox(getTranslation("grantapplication.declaration.truthful"));
        ctx.binder.forField(truthful).bind(ApplicationDraft::isDeclaredTruthful, ApplicationDraft::setDeclaredTruthful);
        ctx.register("declaredTruthful", truthful);

        Paragraph privacyNotice = new Paragraph(getTranslation("grantapplication.declaration.privacy-notice"));
        privacyNotice.addClassName("privacy-notice");
        Checkbox privacy = new Checkbox(getTranslation("grantapplication.declaration.privacy"));
        ctx.binder.forField(privacy).bind(ApplicationDraft::isDeclaredPrivacy, ApplicationDraft::setDeclaredPrivacy);
        ctx.register("declaredPrivacy", privacy);

        Checkbox notStarted = new Checkbox(getTranslation("grantapplication.declaration.not-started"));
        ctx.binder
                .forField(notStarted)
                .bind(ApplicationDraft::isDeclaredNotStarted, ApplicationDraft::setDeclaredNotStarted);
        ctx.register("declaredNotStarted", notStarted);
        Checkbox earlyStart = new Checkbox(getTranslation("grantapplication.declaration.early-start"));
        ctx.binder
                .forField(earlyStart)
                .bind(ApplicationDraft::isEarlyStartRequested, ApplicationDraft::setEarlyStartRequested);
        TextArea reason = new TextArea(getTranslation("grantapplication.declaration.early-start-reason"));
        reason.setMaxLength(20000);
        reason.setWidthFull();
        ctx.binder.bind(reason, "earlyStartReason");
        ctx.register("earlyStartReason", reason);
        reason.setVisible(earlyStart.getValue());
        earlyStart.addValueChangeListener(e -> reason.setVisible(e.getValue()));
        Paragraph earlyHelp = new Paragraph(getTranslation("grantapplication.declaration.early-start-help"));
        earlyHelp.addClassName("hint");

        Checkbox publish = new Checkbox(getTranslation("grantapplication.declaration.publish"));
        ctx.binder.forField(publish).bind(ApplicationDraft::isConsentPublish, ApplicationDraft::setConsentPublish);

        root.add(new H3(getTranslation("grantapplication.declaration.required")), truthful, privacyNotice, privacy);
        root.add(
                new H3(getTranslation("grantapplication.declaration.start")),
                notStarted,
                earlyStart,
                earlyHelp,
                reason);
        root.add(new H3(getTranslation("grantapplication.declaration.optional")), publish);
        root.getChildren().filter(c -> c instanceof Checkbox).forEach(c -> ((Checkbox) c).addClassName("declaration"));
    }
}
