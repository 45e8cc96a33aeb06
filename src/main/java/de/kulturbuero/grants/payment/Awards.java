package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.ApplicationRules;
import de.kulturbuero.grants.payment.domain.AwardRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.programme.PaymentMode;
import de.kulturbuero.grants.programme.PaymentTerms;
import de.kulturbuero.grants.programme.ProgrammeRules;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award's life as the process drives it: opened with the approval notice, final by the
 * timer or the waiver. Called from BPMN steps inside the engine's transaction, so it carries no
 * {@code @PreAuthorize} (timers run without a signed-in user).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Awards {

    /** How the notice became final. */
    public enum FinalBy {
        TIMER,
        WAIVER
    }

    private final AwardRows awards;
    private final PaymentRows payments;
    private final ApplicationRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Awards(
            AwardRows awards,
            PaymentRows payments,
            ApplicationRules rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.awards = awards;
        this.payments = payments;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the award of an approved application with its holdback; a second call changes nothing. */
    public void open(long applicationId, BigDecimal granted) {
        if (awards.find(applicationId).isPresent()) {
            return;
        }
        PaymentTerms terms = terms(applicationId);
        awards.insert(applicationId, granted, PaymentRules.holdback(granted, terms.holdbackShare()), clock.instant());
    }

    /**
     * The notice is final: by the applicant's waiver when one is recorded, else by the timer. A
     * programme that pays in one sum gets its payment request now (the grant less the holdback).
     */
    public FinalBy becomeFinal(long applicationId) {
        AwardRows.Row award = awards.lock(applicationId)
                .orElseThrow(() -> new IllegalStateException("No award for application " + applicationId));
        FinalBy by = award.appealWaivedAt() != null ? FinalBy.WAIVER : FinalBy.TIMER;
        awards.becameFinal(applicationId, clock.instant(), by.name());
        if (terms(applicationId).mode() == PaymentMode.ONE_SUM
                && payments.ofApplication(applicationId).isEmpty()) {
            BigDecimal amount = PaymentRules.payableBeforeReport(award.granted(), award.holdback());
            if (amount.signum() > 0) {
                long id = payments.insert(
                        applicationId,
                        PaymentRows.Kind.ONE_SUM,
                        amount,
                        LocalDate.now(clock.withZone(Formats.ZONE)),
                        null,
                        null,
                        clock.instant());
                events.publishEvent(new PaymentEvent.PaymentRequested(applicationId, id, 1, null));
            }
        }
        return by;
    }

    public Optional<AwardRows.Row> find(long applicationId) {
        return awards.find(applicationId);
    }

    PaymentTerms terms(long applicationId) {
        return rules.rulesOf(applicationId).map(ProgrammeRules::paymentTerms).orElse(PaymentTerms.DEFAULTS);
    }

    /**
     * The recipient handed in the final report: from now on no payment can be requested (the held-back
     * share waits for the report's check). False when the award had it already.
     */
    public boolean finalReportHandedIn(long applicationId) {
        return awards.finalReportHandedIn(applicationId, clock.instant());
    }

    /** What was released so far (ordered or paid): the settlement counts it as paid out. */
    public BigDecimal released(long applicationId) {
        return payments.ofApplication(applicationId).stream()
                .filter(p -> p.status() == PaymentRows.Status.ORDERED || p.status() == PaymentRows.Status.PAID)
                .map(PaymentRows.Row::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The check of the final report recomputed the grant: it is recorded with the award, and a rest
     * still to pay ({@code recomputed − released}, when positive) becomes a payment of kind
     * SETTLEMENT that runs through the usual release (check, order, run). Returns its id, empty
     * when nothing is to pay.
     */
    public Optional<Long> settle(long applicationId, BigDecimal recomputedGrant) {
        awards.lock(applicationId)
                .orElseThrow(() -> new IllegalStateException("No award for application " + applicationId));
        awards.settle(applicationId, recomputedGrant);
        BigDecimal rest = recomputedGrant.subtract(released(applicationId));
        if (rest.signum() <= 0) {
            return Optional.empty();
        }
        long id = payments.insert(
                applicationId,
                PaymentRows.Kind.SETTLEMENT,
                rest,
                LocalDate.now(clock.withZone(Formats.ZONE)),
                null,
                null,
                clock.instant());
        events.publishEvent(new PaymentEvent.PaymentRequested(
                applicationId, id, payments.find(id).orElseThrow().number(), null));
        return Optional.of(id);
    }
}
