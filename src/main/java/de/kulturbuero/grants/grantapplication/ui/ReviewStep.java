package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.grantapplication.WizardStep;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.shared.i18n.Countries;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Step 6: every value entered, by step, and each item still missing as a link back to its step
 * (the field gets the focus there). Submitting happens from here.
 */
class ReviewStep extends Composite<Div> {

    private final SubmittedApplication.Audience audience;

    ReviewStep(
            WizardContext ctx,
            List<Problem> problems,
            List<WizardStep> steps,
            BiConsumer<WizardStep, String> goTo,
            Div attachmentsSummary) {
        this(ctx, problems, steps, goTo, attachmentsSummary, SubmittedApplication.Audience.APPLICANT);
    }

    /**
     * @param goTo opens a step and focuses the named field; null shows the content read-only
     *             (the submitted application's page), without edit links and missing items
     * @param audience whose wording the labels use (officers read "the applicant declares …")
     */
    ReviewStep(
            WizardContext ctx,
            List<Problem> problems,
            List<WizardStep> steps,
            BiConsumer<WizardStep, String> goTo,
            Div attachmentsSummary,
            SubmittedApplication.Audience audience) {
        this.audience = audience;
        Div root = getContent();
        if (goTo == null) {
            root.addClassName("application-content");
        } else {
            root.add(new H2(getTranslation("grantapplication.step.REVIEW")));
        }
        Div missing = new Div();
        missing.addClassName("review-missing");
        if (problems.isEmpty()) {
            Paragraph ready = new Paragraph(getTranslation("grantapplication.review.ready"));
            ready.addClassName("review-ready");
            missing.add(ready);
        } else {
            missing.add(new H3(getTranslation("grantapplication.review.missing", problems.size())));
            UnorderedList list = new UnorderedList();
            for (Problem p : problems) {
                WizardStep step = WizardStep.of(p.field());
                Button link = new Button(
                        getTranslation(step.messageKey()) + ": " + WizardContext.message(this, p),
                        e -> goTo.accept(step, p.field()));
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                link.addClassName("review-problem-link");
                list.add(new ListItem(link));
            }
            missing.add(list);
        }
        if (goTo != null) {
            root.add(missing);
        }

        ApplicationDraft d = ctx.draft;
        Section project = section(WizardStep.PROJECT, goTo);
        project.add("grantapplication.field.programme", ctx.programme.name(getLocale()));
        project.add("grantapplication.field.title", d.getTitle());
        project.add(
                "grantapplication.field.category",
                d.getCategory() == null ? null : getTranslation(d.getCategory().messageKey()));
        project.add("grantapplication.field.summary", d.getSummary());
        project.add("grantapplication.field.description", d.getDescription());
        project.add(
                "grantapplication.field.partner-city",
                ctx.city().map(c -> cityLabel(c)).orElse(null));
        project.add("grantapplication.field.partner-organisation", d.getPartnerOrganisation());
        project.add("grantapplication.field.partner-country", d.getPartnerCountry());
        project.add("grantapplication.field.partner-contact", d.getPartnerContact());
        project.add("grantapplication.field.partner-role", d.getPartnerRole());
        project.add("grantapplication.field.place", d.getPlace());
        project.add("grantapplication.field.start-date", Formats.date(d.getStartDate(), getLocale()));
        project.add("grantapplication.field.end-date", Formats.date(d.getEndDate(), getLocale()));
        project.add(
                "grantapplication.field.participants-local",
                d.getParticipantsLocal() == null
                        ? null
                        : d.getParticipantsLocal().toString());
        project.add(
                "grantapplication.field.participants-partner",
                d.getParticipantsPartner() == null
                        ? null
                        : d.getParticipantsPartner().toString());
        root.add(project.box);

        Section financing = section(WizardStep.FINANCING, goTo);
        financing.box.add(new ApplicationContent.FinancingTable(d));
        root.add(financing.box);

        Section travel = section(WizardStep.TRAVEL, goTo);
        travel.add(
                "grantapplication.travel.review-local",
                ApplicationContent.travel(this, d.getTravelModeLocal(), d.isCo2CompensatedLocal()));
        travel.add(
                "grantapplication.travel.review-partner",
                ApplicationContent.travel(this, d.getTravelModePartner(), d.isCo2CompensatedPartner()));
        root.add(travel.box);

        if (steps.contains(WizardStep.ATTACHMENTS) && attachmentsSummary != null) {
            Section attachments = section(WizardStep.ATTACHMENTS, goTo);
            attachments.box.add(attachmentsSummary);
            root.add(attachments.box);
        }

        Section declarations = section(WizardStep.DECLARATIONS, goTo);
        declarations.add(
                worded("grantapplication.declaration.truthful-short", "grantapplication.officer.declaration.truthful"),
                yesNo(d.isDeclaredTruthful()));
        declarations.add(
                worded("grantapplication.declaration.privacy-short", "grantapplication.officer.declaration.privacy"),
                yesNo(d.isDeclaredPrivacy()));
        declarations.add(
                worded(
                        "grantapplication.declaration.not-started-short",
                        "grantapplication.officer.declaration.not-started"),
                yesNo(d.isDeclaredNotStarted()));
        declarations.add(
                worded(
                        "grantapplication.declaration.early-start-short",
                        "grantapplication.officer.declaration.early-start"),
                yesNo(d.isEarlyStartRequested()));
        if (d.isEarlyStartRequested()) {
            declarations.add(
                    worded(
                            "grantapplication.declaration.early-start-reason",
                            "grantapplication.officer.declaration.early-start-reason"),
                    d.getEarlyStartReason());
        }
        declarations.add(
                worded("grantapplication.declaration.publish-short", "grantapplication.officer.declaration.publish"),
                yesNo(d.isConsentPublish()));
        root.add(declarations.box);
    }

    /** The key of a label in the reader's wording. */
    private String worded(String applicantKey, String officerKey) {
        return audience == SubmittedApplication.Audience.OFFICER ? officerKey : applicantKey;
    }

    private String cityLabel(PartnerCitySummary c) {
        return getTranslation(
                "grantapplication.new.city-label",
                c.name(),
                Countries.display(c.country(), getLocale()),
                Formats.kilometres(c.distanceKm(), getLocale()));
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "grantapplication.review.yes" : "grantapplication.review.no");
    }

    private Section section(WizardStep step, BiConsumer<WizardStep, String> goTo) {
        return new Section(step, goTo);
    }

    private final class Section {
        final Div box = new Div();
        final DescriptionList list = new DescriptionList();

        Section(WizardStep step, BiConsumer<WizardStep, String> goTo) {
            box.addClassName("review-section");
            Div header = new Div(new H3(getTranslation(step.messageKey())));
            if (goTo != null) {
                Button edit = new Button(
                        getTranslation("grantapplication.review.edit", getTranslation(step.messageKey())),
                        e -> goTo.accept(step, null));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                header.add(edit);
            }
            header.addClassName("review-section-header");
            list.addClassName("application-details");
            box.add(header, list);
        }

        void add(String key, String value) {
            Span v = new Span(
                    value == null || value.isBlank() ? getTranslation("grantapplication.review.empty") : value);
            if (value == null || value.isBlank()) {
                v.addClassName("review-empty");
            }
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(v));
        }
    }
}
