package de.kulturbuero.grants.payment.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.payment.AppealWaivers;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.BankDetailsEntry;
import de.kulturbuero.grants.payment.PaymentRequesting;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.ui.NotFound;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The applicant's page for the money of an approved application: the figures, the finality of
 * the notice with the waiver of appeal, the bank details, the payment request and the payments.
 * An id that does not exist, is another applicant's or has no award yet shows "not found".
 */
@Route(PaymentsView.ROUTE)
@RolesAllowed(Roles.APPLICANT)
public class PaymentsView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /**
     * The address before the application's id. The application page links here by this text: the
     * grantapplication module may not depend on this one.
     */
    public static final String ROUTE = "applications/payments";

    private final transient AwardOverview overview;
    private final transient AppealWaivers waivers;
    private final transient BankDetailsEntry bankDetails;
    private final transient PaymentRequesting requesting;
    private long applicationId;
    private String pageTitle = "";

    PaymentsView(
            AwardOverview overview, AppealWaivers waivers, BankDetailsEntry bankDetails, PaymentRequesting requesting) {
        this.overview = overview;
        this.waivers = waivers;
        this.bankDetails = bankDetails;
        this.requesting = requesting;
        addClassNames("page", "payments-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Optional<AwardOverview.View> award;
        try {
            award = overview.of(id);
        } catch (AccessDeniedException e) {
            NotFound.show(event);
            return;
        }
        if (award.isEmpty()) {
            // not approved (yet): the same answer as for an unknown id
            NotFound.show(event);
            return;
        }
        applicationId = id;
        render(award.get());
    }

    /** After every change: the figures, the state of each section and the list all move together. */
    private void reload() {
        overview.of(applicationId).ifPresent(this::render);
    }

    private void render(AwardOverview.View view) {
        removeAll();
        ApplicationSummary application = view.application();
        pageTitle = getTranslation("payment.page.title") + " – " + application.referenceNumber() + " – "
                + getTranslation("app.title");
        add(new Anchor("application/" + application.id(), getTranslation("payment.page.back")));
        add(new H1(getTranslation("payment.page.title")));
        add(new Paragraph(getTranslation("payment.page.subtitle", application.referenceNumber(), application.title())));
        add(new AwardSummary(view));
        add(new FinalitySection(waivers, view, this::reload));
        add(new BankDetailsSection(bankDetails, view, this::reload));
        add(new PaymentRequestSection(requesting, view, this::reload));
        add(new PaymentList(view));
        // the final report's page, by its address only: the finalreport module depends on this one, not back
        Anchor report = new Anchor("applications/report/" + application.id(), getTranslation("finalreport.page.link"));
        report.setId("final-report-link");
        add(new Paragraph(new Text(getTranslation("finalreport.page.link-intro") + " "), report));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
