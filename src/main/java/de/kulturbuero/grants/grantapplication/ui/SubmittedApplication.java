package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import de.kulturbuero.grants.grantapplication.AttachmentService;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.ProgrammeService;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole submitted application, read-only: project, financing plan with totals, travel,
 * attachments (download through the access-checked {@link AttachmentService}) and declarations.
 * One component for the applicant's page and the officers' task and case views; the
 * {@link Audience} only changes the wording ("I declare …" for the applicant reads "The applicant
 * declares …" for officers). Reading goes through the module's services, so an officer sees only
 * submitted applications.
 */
public class SubmittedApplication extends Composite<Div> {

    /** Who reads the application. */
    public enum Audience {
        /** The applicant, about their own application. */
        APPLICANT,
        /** An officer, about the applicant's application. */
        OFFICER
    }

    public SubmittedApplication(
            GrantApplicationService applications,
            ProgrammeService programmes,
            AttachmentService attachments,
            long applicationId,
            Audience audience) {
        Div root = getContent();
        root.addClassName("submitted-application");
        var draft = applications.draft(applicationId);
        programmes.programme(draft.getProgrammeId()).ifPresent(p -> {
            WizardContext content = new WizardContext(
                    draft, p, applications.terms(p.id()), programmes.activePartnerCities(), LocalDate.now(), () -> {});
            root.add(new H2(getTranslation(
                    audience == Audience.OFFICER
                            ? "grantapplication.officer.content"
                            : "grantapplication.view.content")));
            root.add(new ReviewStep(
                    content,
                    List.of(),
                    ApplicationWizardView.STEPS,
                    null,
                    new Div(new AttachmentsStep(attachments, applicationId, false, audience)),
                    audience));
        });
    }
}
