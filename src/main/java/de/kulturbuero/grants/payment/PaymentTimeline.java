package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.TimelineContributor;
import de.kulturbuero.grants.grantapplication.TimelineEvent;
import de.kulturbuero.grants.payment.domain.AwardRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Finality and every payment's steps in the applicant's timeline. */
@Component
class PaymentTimeline implements TimelineContributor {

    private final AwardRows awards;
    private final PaymentRows payments;

    PaymentTimeline(AwardRows awards, PaymentRows payments) {
        this.awards = awards;
        this.payments = payments;
    }

    @Override
    public List<TimelineEvent> eventsOf(long applicationId) {
        List<TimelineEvent> events = new ArrayList<>();
        awards.find(applicationId)
                .filter(AwardRows.Row::isFinal)
                .ifPresent(award -> events.add(new TimelineEvent(
                        award.finalAt(),
                        "payment.timeline.final",
                        List.of(),
                        "payment.timeline.final.explain." + award.finalBy(),
                        List.of())));
        for (PaymentRows.Row p : payments.ofApplication(applicationId)) {
            List<Object> args = List.of(p.number(), p.amount());
            add(events, p.requestedAt(), "requested", args);
            add(events, p.orderedAt(), "ordered", args);
            if (p.paidAt() != null) {
                // the booking date has no time of day: placed after the order, whose day it may share
                Instant booked = p.paidAt().atStartOfDay(Formats.ZONE).toInstant();
                Instant after = p.orderedAt() == null || booked.isAfter(p.orderedAt())
                        ? booked
                        : p.orderedAt().plusMillis(1);
                add(events, after, "paid", List.of(p.number(), p.amount(), p.paidAt()));
            }
            if (p.status() == PaymentRows.Status.REFUSED) {
                add(events, p.refusedAt(), "refused", args);
            }
        }
        return events;
    }

    private static void add(List<TimelineEvent> events, Instant at, String step, List<Object> args) {
        if (at != null) {
            events.add(new TimelineEvent(
                    at, "payment.timeline." + step, args, "payment.timeline." + step + ".explain", args));
        }
    }
}
