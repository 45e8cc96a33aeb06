package de.kulturbuero.grants.programme;

/** How a programme pays an awarded grant once the notice is final. */
public enum PaymentMode {
    /** The recipient requests the money in parts as it is needed (Mittelabruf). */
    ON_REQUEST,
    /** The grant less the holdback is paid in one sum as soon as the notice is final. */
    ONE_SUM;

    public String messageKey() {
        return "programme.payment-mode." + name();
    }
}
