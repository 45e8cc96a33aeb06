package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.StatusEntry;
import de.kulturbuero.grants.grantapplication.TimelineEvent;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the case stands, in plain words with dates: the public statuses the process moved the
 * application through (from the status history the process appends in its own transaction).
 */
public class StatusTimeline extends Composite<Div> {

    private record Step(Instant at, String label, String explanation) {}

    /** The resource-bundle key of the sentence that explains a status to the applicant. */
    static String explanationKey(ApplicationStatus status) {
        return "grantapplication.timeline.explain." + status.name();
    }

    public StatusTimeline(List<StatusEntry> entries) {
        this(entries, List.of());
    }

    /** The statuses and the later modules' steps (finality, payments), merged in time order. */
    public StatusTimeline(List<StatusEntry> entries, List<TimelineEvent> events) {
        List<Step> steps = new ArrayList<>();
        // every status has its explanation in every language (StatusTimelineTextsTest)
        entries.forEach(e -> steps.add(
                new Step(e.at(), getTranslation(e.status().messageKey()), getTranslation(explanationKey(e.status())))));
        events.forEach(e -> steps.add(new Step(
                e.at(),
                getTranslation(e.labelKey(), TimelineEvent.formatted(e.labelArgs(), getLocale())),
                getTranslation(e.explanationKey(), TimelineEvent.formatted(e.explanationArgs(), getLocale())))));
        steps.sort(Comparator.comparing(Step::at));
        Div root = getContent();
        root.addClassName("status-timeline");
        H2 heading = new H2(getTranslation("grantapplication.timeline.title"));
        heading.setId("timeline-heading");
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("aria-labelledby", "timeline-heading");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean latest = i == steps.size() - 1;
            ListItem item = new ListItem();
            item.addClassName("timeline-step");
            if (latest) {
                item.addClassName("timeline-current");
                item.getElement().setAttribute("aria-current", "step");
            }
            Span date = new Span(Formats.dateTime(step.at(), getLocale()));
            date.addClassName("timeline-date");
            Span label = new Span(step.label());
            label.addClassName("timeline-label");
            item.add(label, date);
            item.add(new Paragraph(step.explanation()));
            list.add(item);
        }
        root.add(heading, list);
    }
}
