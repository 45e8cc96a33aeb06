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
import de.kulturbuero.grants.shared.i18n.Formats;
import java.util.List;

/**
 * Where the case stands, in plain words with dates: the public statuses the process moved the
 * application through (from the status history the process appends in its own transaction).
 */
public class StatusTimeline extends Composite<Div> {

    /** The resource-bundle key of the sentence that explains a status to the applicant. */
    static String explanationKey(ApplicationStatus status) {
        return "grantapplication.timeline.explain." + status.name();
    }

    public StatusTimeline(List<StatusEntry> entries) {
        Div root = getContent();
        root.addClassName("status-timeline");
        H2 heading = new H2(getTranslation("grantapplication.timeline.title"));
        heading.setId("timeline-heading");
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("aria-labelledby", "timeline-heading");
        for (int i = 0; i < entries.size(); i++) {
            StatusEntry entry = entries.get(i);
            boolean latest = i == entries.size() - 1;
            ListItem item = new ListItem();
            item.addClassName("timeline-step");
            if (latest) {
                item.addClassName("timeline-current");
                item.getElement().setAttribute("aria-current", "step");
            }
            Span date = new Span(Formats.dateTime(entry.at(), getLocale()));
            date.addClassName("timeline-date");
            Span label = new Span(getTranslation(entry.status().messageKey()));
            label.addClassName("timeline-label");
            item.add(label, date);
            // every status has its explanation in every language (StatusTimelineTextsTest)
            item.add(new Paragraph(getTranslation(explanationKey(entry.status()))));
            list.add(item);
        }
        root.add(heading, list);
    }
}
