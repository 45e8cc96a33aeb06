package de.kulturbuero.grants.finalreport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.finalreport.ExtensionRules;
import de.kulturbuero.grants.finalreport.FinalReportRefused;
import de.kulturbuero.grants.finalreport.ReportExtension;
import de.kulturbuero.grants.finalreport.ReportExtensions;
import de.kulturbuero.grants.finalreport.ReportProblem;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.DateFields;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import java.util.List;
import java.util.Locale;

/**
 * "More time for the report": the recipient's requests with the office's decisions, and, while
 * no request is open and the report is not submitted, the form to ask for a later due date with a
 * reason. A refused request keeps what was typed.
 */
class ExtensionSection extends Composite<Section> {

    private final transient ReportExtensions extensions;
    private final long applicationId;
    private final ErrorSummary errors = new ErrorSummary();

    ExtensionSection(ReportExtensions extensions, long applicationId) {
        this.extensions = extensions;
        this.applicationId = applicationId;
    }

    @Override
    protected Section initContent() {
        Section section = Sections.of("report-extension", "finalreport.extension.title");
        fill(section, extensions.overview(applicationId));
        return section;
    }

    private void fill(Section section, ReportExtensions.Overview overview) {
        section.getChildren().skip(1).toList().forEach(section::remove);
        if (!overview.requests().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("report-extension-requests");
            overview.requests().forEach(r -> list.add(new ListItem(describe(this, r))));
            section.add(list);
        }
        if (!overview.mayRequest()) {
            return;
        }
        section.add(new Paragraph(getTranslation(
                "finalreport.extension.intro",
                Formats.date(overview.currentDue(), getLocale()),
                Formats.date(overview.latestAllowed(), getLocale()))));
        DatePicker date = DateFields.configure(new DatePicker(getTranslation("finalreport.extension.date")));
        date.setId("report-extension-date");
        date.setRequiredIndicatorVisible(true);
        date.setHelperText(getTranslation(
                "finalreport.extension.date-help",
                Formats.date(overview.currentDue(), getLocale()),
                Formats.date(overview.latestAllowed(), getLocale())));
        TextArea reason = new TextArea(getTranslation("finalreport.extension.reason"));
        reason.setId("report-extension-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(ExtensionRules.MAX_REASON);
        reason.setHelperText(getTranslation("finalreport.extension.reason-help", ExtensionRules.MAX_REASON));
        reason.setWidthFull();
        Button ask = new Button(getTranslation("finalreport.extension.request"));
        ask.setId("report-extension-request");
        ask.addClickListener(e -> {
            errors.clear();
            date.setInvalid(false);
            reason.setInvalid(false);
            try {
                extensions.request(applicationId, date.getValue(), reason.getValue());
                Notification.show(getTranslation("finalreport.extension.sent"), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                fill(section, extensions.overview(applicationId));
            } catch (FinalReportRefused refused) {
                List<ReportProblem> problems = refused.problems();
                for (ReportProblem p : problems) {
                    String message = ReportForm.message(this, p);
                    if ("date".equals(p.field())) {
                        date.setErrorMessage(message);
                        date.setInvalid(true);
                    } else if ("reason".equals(p.field())) {
                        reason.setErrorMessage(message);
                        reason.setInvalid(true);
                    }
                }
                errors.show(
                        problems.stream().map(p -> ReportForm.message(this, p)).toList());
            }
        });
        section.add(errors, new Div(date), reason, ask);
    }

    /** One request and where it stands, in words (also the office's case view). */
    static String describe(com.vaadin.flow.component.Component c, ReportExtension r) {
        Locale locale = ReportForm.locale();
        String asked = c.getTranslation(
                "finalreport.extension.asked",
                Formats.date(r.requestedDate(), locale),
                Formats.dateTime(r.requestedAt(), locale),
                r.reason());
        String decision = switch (r.status()) {
            case OPEN -> c.getTranslation("finalreport.extension.status.OPEN");
            case GRANTED -> c.getTranslation("finalreport.extension.granted", Formats.date(r.grantedDate(), locale));
            case REFUSED -> c.getTranslation("finalreport.extension.refused", r.refusalReason());
        };
        return asked + " " + decision;
    }
}
