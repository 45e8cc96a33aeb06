package de.kulturbuero.grants.security;

/** What the security event log records; the translation key is {@code security.event.<name>}. */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED,
    SIGN_IN_LOCKED,
    SIGN_IN_LOCK_LIFTED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_INVITED,
    ROLES_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    PASSWORD_RESET_BY_ADMIN,
    PASSWORD_SET_BY_LINK,
    EXPORT;

    public String messageKey() {
        return "security.event." + name();
    }
}
