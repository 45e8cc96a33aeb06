package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.payment.domain.BankDetailsRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The accounts and payments of an {@link AwardOverview.View} as plain values for the pages: views
 * never read the records package (ArchitectureTest), so they get its rows through here.
 */
public final class AwardEntries {

    /** One bank account as the recipient entered it, with the officer's decision on a change. */
    public record Account(
            String holder, String iban, String bic, Instant enteredAt, Instant decidedAt, String decisionReason) {}

    /**
     * One payment.
     *
     * @param status {@code REQUESTED}, {@code CHECKED}, {@code ORDERED}, {@code PAID} or {@code REFUSED}
     * @param oneSum created for a programme that pays in one sum, not requested by the recipient
     */
    public record Payment(
            int number,
            boolean oneSum,
            BigDecimal amount,
            LocalDate neededBy,
            String purpose,
            String status,
            Instant requestedAt,
            Instant orderedAt,
            Instant refusedAt,
            String refusalReason,
            LocalDate paidAt) {

        public boolean refused() {
            return PaymentRows.Status.REFUSED.name().equals(status);
        }
    }

    private AwardEntries() {}

    /** The account payments go to. */
    public static Optional<Account> active(AwardOverview.View view) {
        return view.bankDetails().map(AwardEntries::account);
    }

    /** A change waiting for an officer's confirmation. */
    public static Optional<Account> pending(AwardOverview.View view) {
        return view.pendingBankDetails().map(AwardEntries::account);
    }

    /** The newest change an officer did not confirm, while nothing was entered after it. */
    public static Optional<Account> lastRejected(AwardOverview.View view) {
        long newestOther =
                view.bankDetails().map(BankDetailsRows.Row::id).orElse(0L).longValue();
        long pending = view.pendingBankDetails()
                .map(BankDetailsRows.Row::id)
                .orElse(0L)
                .longValue();
        return view.rejectedBankDetails().stream()
                .filter(r -> r.id() > Math.max(newestOther, pending))
                .reduce((a, b) -> b)
                .map(AwardEntries::account);
    }

    public static List<Payment> payments(AwardOverview.View view) {
        return view.payments().stream()
                .map(p -> new Payment(
                        p.number(),
                        p.kind() == PaymentRows.Kind.ONE_SUM,
                        p.amount(),
                        p.neededBy(),
                        p.purpose(),
                        p.status().name(),
                        p.requestedAt(),
                        p.orderedAt(),
                        p.refusedAt(),
                        p.refusalReason(),
                        p.paidAt()))
                .toList();
    }

    private static Account account(BankDetailsRows.Row row) {
        return new Account(row.holder(), row.iban(), row.bic(), row.enteredAt(), row.decidedAt(), row.decisionReason());
    }
}
