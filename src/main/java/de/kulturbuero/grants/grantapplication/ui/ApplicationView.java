package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kulturbuero.grants.grantapplication.ApplicantCaseService;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.ApplicationTimeline;
import de.kulturbuero.grants.grantapplication.AttachmentService;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.springframework.security.access.AccessDeniedException;

/** One application with its current status; another applicant's id shows "not found". */
@Route("application")
@RolesAllowed({Roles.APPLICANT, Roles.CLERK, Roles.REVIEWER, Roles.HEAD, Roles.FINANCE})
public class ApplicationView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient GrantApplicationService applications;
    private final transient ProgrammeService programmes;
    private final transient ApplicantCaseService cases; // review workflow
    private final transient AttachmentService attachments;
    private String pageTitle = "";

    private final transient CurrentUser currentUser;
    private final transient ApplicationTimeline timeline;

    public ApplicationView(
            GrantApplicationService applications,
            ProgrammeService programmes,
            ApplicantCaseService cases,
            CurrentUser currentUser,
            AttachmentService attachments,
            ApplicationTimeline timeline) {
        this.applications = applications;
        this.timeline = timeline;
        this.attachments = attachments;
        this.currentUser = currentUser;
        this.programmes = programmes;
        this.cases = cases;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ApplicationSummary a;
        try {
            a = applications.get(id);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("shared.not-found"));
            return;
        }
        if (a.status() == ApplicationStatus.DRAFT) {
            event.forwardTo(ApplicationWizardView.class, id);
            return;
        }
        removeAll();
        pageTitle = a.referenceNumber() + " – " + getTranslation("app.title");
        if (!currentUser.isOfficer()) {
            add(new RouterLink(getTranslation("grantapplication.view.back"), MyApplicationsView.class));
        }
        add(new H1(a.title()));
        String city = applications.partnerCity(a).map(PartnerCitySummary::name).orElse("");
        var programme = programmes.programme(a.programmeId());
        add(new ApplicationDetails(a, programme.orElse(null), city));
        if (a.status().isAwarded() && !currentUser.isOfficer()) {
            // the payment module's page, by its address only: this module may not depend on that one
            Anchor payments = new Anchor("applications/payments/" + id, getTranslation("payment.page.link"));
            payments.setId("payments-link");
            add(new Paragraph(payments));
        }
        if (applications.hasReceipt(id)) {
            String fileName = a.referenceNumber() + ".pdf";
            Anchor receipt = new Anchor(
                    DownloadHandler.fromInputStream(e -> {
                        byte[] pdf = applications.receipt(id).orElseThrow();
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
                    }),
                    AttachmentType.DOWNLOAD,
                    getTranslation("grantapplication.view.receipt"));
            receipt.addClassName("receipt-link");
            add(receipt);
        }
        add(new StatusTimeline(applications.timeline(id), timeline.events(id)));
        add(new InquiryPanel(
                cases,
                a,
                () -> getUI().ifPresent(ui ->
                        ui.refreshCurrentRoute(false)))); // review workflow: questions, notices, withdrawal
        add(new SubmittedApplication(
                applications,
                programmes,
                attachments,
                id,
                currentUser.isOfficer()
                        ? SubmittedApplication.Audience.OFFICER
                        : SubmittedApplication.Audience.APPLICANT));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
