package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.ApplicationGate;
import de.kulturbuero.grants.payment.domain.AwardRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.programme.PaymentMode;
import de.kulturbuero.grants.programme.PaymentTerms;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient requests money (Mittelabruf): checked against the award under its row lock, so
 * two requests at the same moment can never together exceed the grant less the holdback.
 */
@Service
public class PaymentRequesting {

    public static final int MAX_PURPOSE = 1000;

    private final ApplicationGate gate;
    private final Awards awardTerms;
    private final AwardRows awards;
    private final PaymentRows payments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentRequesting(
            ApplicationGate gate,
            Awards awardTerms,
            AwardRows awards,
            PaymentRows payments,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gate = gate;
        this.awardTerms = awardTerms;
        this.awards = awards;
        this.payments = payments;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The problems a request with these figures would meet now; the form shows them while typing. */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional(readOnly = true)
    public List<PaymentProblem> check(long applicationId, BigDecimal amount, LocalDate neededBy) {
        gate.own(applicationId);
        AwardRows.Row award =
                awards.find(applicationId).orElseThrow(() -> new PaymentRefused(null, "payment.error.no-award"));
        return problems(applicationId, award, amount, neededBy, null);
    }

    /** Makes the request; its process starts in the same transaction. */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional
    public long request(long applicationId, BigDecimal amount, LocalDate neededBy, String purpose) {
        gate.own(applicationId);
        AwardRows.Row award =
                awards.lock(applicationId).orElseThrow(() -> new PaymentRefused(null, "payment.error.no-award"));
        List<PaymentProblem> problems = problems(applicationId, award, amount, neededBy, purpose);
        if (!problems.isEmpty()) {
            throw new PaymentRefused(problems);
        }
        long me = currentUser.require().accountId();
        String text = purpose == null || purpose.isBlank() ? null : purpose.strip();
        long id = payments.insert(applicationId, PaymentRows.Kind.REQUEST, amount, neededBy, text, me, clock.instant());
        int number = payments.find(id).orElseThrow().number();
        events.publishEvent(new PaymentEvent.PaymentRequested(applicationId, id, number, me));
        return id;
    }

    private List<PaymentProblem> problems(
            long applicationId, AwardRows.Row award, BigDecimal amount, LocalDate neededBy, String purpose) {
        PaymentTerms terms = awardTerms.terms(applicationId);
        List<PaymentProblem> problems = new ArrayList<>();
        if (terms.mode() == PaymentMode.ONE_SUM) {
            problems.add(new PaymentProblem(null, "payment.request.error.one-sum", terms.modeParagraph()));
            return problems;
        }
        PaymentRules.Situation situation = new PaymentRules.Situation(
                award.isFinal(),
                award.finalReportAt() != null,
                award.granted(),
                award.holdback(),
                payments.requested(applicationId),
                terms.drawdownMonths(),
                terms.holdbackParagraph(),
                terms.drawdownParagraph());
        problems.addAll(
                PaymentRules.checkRequest(situation, amount, neededBy, LocalDate.now(clock.withZone(Formats.ZONE))));
        if (purpose != null && purpose.strip().length() > MAX_PURPOSE) {
            problems.add(new PaymentProblem("purpose", "payment.request.error.purpose-long", MAX_PURPOSE));
        }
        return problems;
    }
}
