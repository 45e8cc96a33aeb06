package de.kulturbuero.grants.security;

/**
 * A sign-in through the identity provider that the portal refuses; {@link #reason()} is one of
 * {@link #NO_ROLE}, {@link #LOCKED}, {@link #EMAIL_TAKEN}, {@link #NO_EMAIL}, shown translated on the
 * login page ({@code security.login.sso.<reason>}).
 */
public class StaffSignInRefused extends RuntimeException {

    public static final String NO_ROLE = "no-role";
    public static final String LOCKED = "locked";
    public static final String EMAIL_TAKEN = "email-taken";
    public static final String NO_EMAIL = "no-email";
    /** Anything else that went wrong at the provider or on the way back (cancelled, expired, invalid response). */
    public static final String FAILED = "failed";

    private final String reason;

    public StaffSignInRefused(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
