package de.kulturbuero.grants.payment;

/**
 * What the payment module tells the rest of the portal, published inside the transaction of the
 * change: the review module moves the award's process by it and writes the case's history.
 */
public sealed interface PaymentEvent {

    long applicationId();

    /** The applicant waived the right to appeal: the notice is final at once. */
    record AppealWaived(long applicationId, long by) implements PaymentEvent {}

    /** Bank details were entered; {@code needsConfirmation} when payments were ordered before. */
    record BankDetailsEntered(long applicationId, long by, boolean needsConfirmation) implements PaymentEvent {}

    /** A payment request was made (by the applicant, or for a one-sum programme when the notice became final). */
    record PaymentRequested(long applicationId, long paymentId, int number, Long by) implements PaymentEvent {}

    /** A payment run changed one of the application's payments: collected, downloaded, executed or cancelled. */
    record RunChanged(long applicationId, long paymentId, int number, long runId, String action, long by)
            implements PaymentEvent {}
}
