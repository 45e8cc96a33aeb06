package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.ApplicationGate;
import de.kulturbuero.grants.payment.domain.AwardRows;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient waives the right to appeal against the approval notice (Rechtsbehelfsverzicht):
 * the notice is final at once instead of after the appeal period, so the money can be requested.
 */
@Service
public class AppealWaivers {

    private final ApplicationGate gate;
    private final AwardRows awards;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppealWaivers(
            ApplicationGate gate,
            AwardRows awards,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gate = gate;
        this.awards = awards;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the waiver; the award's process becomes final in the same transaction.
     *
     * @param confirmed the recipient ticked the declaration with its legal text
     */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional
    public void waive(long applicationId, boolean confirmed) {
        gate.own(applicationId);
        if (!confirmed) {
            throw new PaymentRefused("waiver", "payment.waiver.error.not-confirmed");
        }
        AwardRows.Row award =
                awards.lock(applicationId).orElseThrow(() -> new PaymentRefused(null, "payment.error.no-award"));
        if (award.isFinal() || award.appealWaivedAt() != null) {
            throw new PaymentRefused(null, "payment.waiver.error.already-final");
        }
        long me = currentUser.require().accountId();
        awards.waived(applicationId, me, clock.instant());
        events.publishEvent(new PaymentEvent.AppealWaived(applicationId, me));
    }
}
