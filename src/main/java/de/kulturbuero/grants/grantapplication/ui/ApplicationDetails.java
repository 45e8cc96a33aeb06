package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.shared.i18n.Formats;

/** Read-only display of an application's data; used by the applicant's page and the officers' task view. */
public class ApplicationDetails extends Composite<DescriptionList> {

    public ApplicationDetails(ApplicationSummary a, ProgrammeSummary programme, String partnerCity) {
        DescriptionList list = getContent();
        list.addClassName("application-details");
        add("grantapplication.field.reference", a.referenceNumber());
        add("grantapplication.field.programme", programme == null ? "" : programme.name(getLocale()));
        add("grantapplication.field.title", a.title());
        add("grantapplication.field.partner-city", partnerCity);
        add("grantapplication.field.partner-organisation", a.partnerOrganisation());
        add("grantapplication.field.summary", a.summary());
        add(
                "grantapplication.field.period",
                Formats.date(a.startDate(), getLocale()) + " – " + Formats.date(a.endDate(), getLocale()));
        add("grantapplication.field.requested-amount", Formats.money(a.requestedAmount(), getLocale()));
        if (a.applicantName() != null) {
            add("grantapplication.field.applicant", a.applicantName());
        }
        add("grantapplication.field.submitted-at", Formats.dateTime(a.submittedAt(), getLocale()));
        list.add(
                new DescriptionList.Term(getTranslation("grantapplication.field.status")),
                new DescriptionList.Description(new StatusBadge(a.status())));
        if (a.formalCheckNote() != null) {
            add("grantapplication.field.formal-check-note", a.formalCheckNote());
        }
        if (a.grantedAmount() != null) {
            add("grantapplication.field.granted-amount", Formats.money(a.grantedAmount(), getLocale()));
        }
        if (a.decisionReason() != null) {
            add("grantapplication.field.decision-reason", a.decisionReason());
        }
        if (a.decisionConditions() != null) {
            // also in the notice PDF, which is not tagged: the page is where a screen reader gets them
            add("grantapplication.field.decision-conditions", a.decisionConditions());
        }
        if (a.decidedAt() != null) {
            add("grantapplication.field.decided-at", Formats.dateTime(a.decidedAt(), getLocale()));
        }
    }

    private void add(String key, String value) {
        getContent()
                .add(
                        new DescriptionList.Term(getTranslation(key)),
                        new DescriptionList.Description(new Span(value == null ? "" : value)));
    }
}
