package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.finalreport.domain.ExtensionRows;
import de.kulturbuero.grants.grantapplication.TimelineContributor;
import de.kulturbuero.grants.grantapplication.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Each request for more time for the final report, and its decision, in the applicant's timeline. */
@Component
class ExtensionTimeline implements TimelineContributor {

    private final ExtensionRows rows;

    ExtensionTimeline(ExtensionRows rows) {
        this.rows = rows;
    }

    @Override
    public List<TimelineEvent> eventsOf(long applicationId) {
        List<TimelineEvent> events = new ArrayList<>();
        for (ReportExtension e : rows.of(applicationId)) {
            events.add(new TimelineEvent(
                    e.requestedAt(),
                    "finalreport.timeline.extension-requested",
                    List.of(e.requestedDate()),
                    "finalreport.timeline.extension-requested.explain",
                    List.of(e.requestedDate(), e.previousDueDate())));
            switch (e.status()) {
                case GRANTED ->
                    events.add(new TimelineEvent(
                            e.decidedAt(),
                            "finalreport.timeline.extension-granted",
                            List.of(e.grantedDate()),
                            "finalreport.timeline.extension-granted.explain",
                            List.of(e.grantedDate())));
                case REFUSED ->
                    events.add(new TimelineEvent(
                            e.decidedAt(),
                            "finalreport.timeline.extension-refused",
                            List.of(),
                            "finalreport.timeline.extension-refused.explain",
                            List.of(e.refusalReason())));
                case OPEN -> {}
            }
        }
        return events;
    }
}
