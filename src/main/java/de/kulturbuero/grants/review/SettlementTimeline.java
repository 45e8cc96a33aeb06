package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.TimelineContributor;
import de.kulturbuero.grants.grantapplication.TimelineEvent;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The check of the final report in the applicant's timeline: the check's result once it is final
 * (accepted, or its reclaim confirmed), the hearing, the reclaim notice and the repayment.
 */
@Component
class SettlementTimeline implements TimelineContributor {

    private final ReportCheckRows rows;

    SettlementTimeline(ReportCheckRows rows) {
        this.rows = rows;
    }

    @Override
    public List<TimelineEvent> eventsOf(long applicationId) {
        List<TimelineEvent> events = new ArrayList<>();
        rows.check(applicationId).ifPresent(c -> {
            if ("ACCEPT".equals(c.outcome())) {
                add(events, c.checkedAt(), "accepted", List.of(c.recomputedGrant(), c.balance()));
            }
        });
        rows.reclaim(applicationId).ifPresent(r -> {
            add(events, r.hearingAt(), "hearing", List.of(r.proposed(), r.hearingDue()));
            if (r.noticeAt() != null) {
                add(events, r.noticeAt(), "notice", List.of(ReclaimSteps.owed(r), r.dueDate()));
            }
            if (r.repaidOn() != null) {
                Instant on = r.repaidOn().atStartOfDay(Formats.ZONE).toInstant();
                add(
                        events,
                        on.isAfter(r.noticeAt()) ? on : r.noticeAt().plusMillis(1),
                        "repaid",
                        List.of(r.repaidAmount(), r.repaidOn()));
            }
        });
        return events;
    }

    private static void add(List<TimelineEvent> events, Instant at, String step, List<Object> args) {
        if (at != null) {
            events.add(new TimelineEvent(
                    at,
                    "review.timeline.check." + step,
                    List.of(),
                    "review.timeline.check." + step + ".explain",
                    args));
        }
    }
}
