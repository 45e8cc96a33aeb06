package de.kulturbuero.grants.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.kulturbuero.grants.payment.PaymentProblem;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the sections of the payment page share: headed regions, facts, problems at their fields. */
final class PageSections {

    private PageSections() {}

    /** A region of the page named by its h2 (a landmark for screen readers). */
    static H2 heading(Section section, String id, String titleKey) {
        H2 heading = new H2(section.getTranslation(titleKey));
        heading.setId(id + "-heading");
        section.setId(id);
        section.addClassName("payments-section");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);
        return heading;
    }

    static DescriptionList facts() {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("payment-facts");
        return facts;
    }

    static void fact(DescriptionList facts, String label, String value) {
        facts.add(new DescriptionList.Term(label), new DescriptionList.Description(new Span(value)));
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Formats.ZONE).toLocalDate();
    }

    /** The problem in the reader's language, with amounts and dates formatted for it. */
    static String message(Component anywhere, Locale locale, PaymentProblem problem) {
        return anywhere.getTranslation(locale, problem.messageKey(), problem.arguments(locale));
    }

    /**
     * Shows each problem at its field (those without one, or with a field this form lacks, only in
     * the returned list) and returns every message for the error summary.
     */
    static List<String> showAtFields(
            Component anywhere,
            Locale locale,
            List<PaymentProblem> problems,
            Map<String, ? extends HasValidation> fields) {
        return problems.stream()
                .map(p -> {
                    String message = message(anywhere, locale, p);
                    Optional.ofNullable(p.field()).map(fields::get).ifPresent(f -> {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    });
                    return message;
                })
                .toList();
    }

    static void success(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
