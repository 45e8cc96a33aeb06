package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The money of one award as officers read it (case view, payment tasks), in the review's own
 * terms so that the views need no type of the payment module's internals.
 *
 * @param requested all payments not refused (open, ordered or paid)
 * @param available what can still be requested before the final report: grant less holdback less requested
 * @param finalBy how the notice became final ({@code TIMER} or {@code WAIVER}); null while not final
 * @param bankDetails the confirmed account payments go to; null before the recipient entered one
 * @param pendingBankDetails a change that waits for an officer's confirmation; null when none
 */
public record AwardFile(
        long applicationId,
        BigDecimal granted,
        BigDecimal holdback,
        BigDecimal requested,
        BigDecimal paid,
        BigDecimal available,
        Instant noticeIssuedAt,
        LocalDate finalAtTheLatest,
        Instant finalAt,
        String finalBy,
        Instant appealWaivedAt,
        Account bankDetails,
        Account pendingBankDetails,
        List<Payment> payments) {

    /** Payment statuses in which the money is on its way or gone. */
    private static final Set<String> RELEASED = Set.of("ORDERED", "PAID");

    /** Payment statuses still waiting for one of the two pairs of eyes. */
    private static final Set<String> OPEN = Set.of("REQUESTED", "CHECKED");

    /** Bank details as entered. {@code iban} is grouped in fours for reading. */
    public record Account(long id, String holder, String iban, String bic, String enteredByName, Instant enteredAt) {}

    /**
     * One payment request with its way through the two pairs of eyes.
     *
     * @param status the payment's status name: REQUESTED, CHECKED, ORDERED, PAID or REFUSED
     */
    public record Payment(
            long id,
            int number,
            BigDecimal amount,
            LocalDate neededBy,
            String purpose,
            String status,
            Instant requestedAt,
            String checkedByName,
            Instant checkedAt,
            String orderedByName,
            Instant orderedAt,
            String refusalReason,
            LocalDate paidAt) {

        /** The text key of the status ({@code review.payment.status.<STATUS>}). */
        public String statusKey() {
            return "review.payment.status." + status;
        }
    }

    public boolean isFinal() {
        return finalAt != null;
    }

    public Optional<Payment> payment(long paymentId) {
        return payments.stream().filter(p -> p.id() == paymentId).findFirst();
    }

    /** Ordered or paid, without the given payment. */
    public BigDecimal releasedBesides(long paymentId) {
        return sum(paymentId, RELEASED);
    }

    /** Requested and not yet ordered or refused, without the given payment. */
    public BigDecimal openBesides(long paymentId) {
        return sum(paymentId, OPEN);
    }

    private BigDecimal sum(long without, Set<String> statuses) {
        return payments.stream()
                .filter(p -> p.id() != without && statuses.contains(p.status()))
                .map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
