package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.ApplicationGate;
import de.kulturbuero.grants.payment.domain.AwardRows;
import de.kulturbuero.grants.payment.domain.BankDetailsRows;
import de.kulturbuero.grants.payment.domain.BankDetailsRows.Status;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient enters the account the grant is paid to. Before the first payment order it
 * applies at once; after it, a change waits for an officer's confirmation and payments keep
 * going to the confirmed account meanwhile (a changed account is the classic fraud path).
 */
@Service
public class BankDetailsEntry {

    private final ApplicationGate gate;
    private final AwardRows awards;
    private final BankDetailsRows bankDetails;
    private final PaymentRows payments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BankDetailsEntry(
            ApplicationGate gate,
            AwardRows awards,
            BankDetailsRows bankDetails,
            PaymentRows payments,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gate = gate;
        this.awards = awards;
        this.bankDetails = bankDetails;
        this.payments = payments;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** @return true when the account waits for a second officer's confirmation, false when it applies at once */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional
    public boolean enter(long applicationId, String holder, String iban, String bic) {
        gate.own(applicationId);
        List<PaymentProblem> problems = BankAccountCheck.problems(holder, iban, bic);
        if (!problems.isEmpty()) {
            throw new PaymentRefused(problems);
        }
        awards.lock(applicationId).orElseThrow(() -> new PaymentRefused(null, "payment.error.no-award"));
        long me = currentUser.require().accountId();
        boolean needsConfirmation = payments.anyOrdered(applicationId);
        // a newer entry replaces an unconfirmed one; the confirmed account stays until the new one is confirmed
        bankDetails.replaceAll(applicationId, Status.PENDING, Status.SUPERSEDED);
        if (!needsConfirmation) {
            bankDetails.replaceAll(applicationId, Status.ACTIVE, Status.SUPERSEDED);
        }
        bankDetails.insert(
                applicationId,
                holder.strip(),
                BankAccountCheck.normalIban(iban),
                BankAccountCheck.normalBic(bic),
                needsConfirmation ? Status.PENDING : Status.ACTIVE,
                me,
                clock.instant());
        events.publishEvent(new PaymentEvent.BankDetailsEntered(applicationId, me, needsConfirmation));
        return needsConfirmation;
    }
}
