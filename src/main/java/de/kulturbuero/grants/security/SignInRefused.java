package de.kulturbuero.grants.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before the password was checked: too many failures for the address typed
 * (or from the client's address). The same for an address without an account, so the answer
 * never tells whether an account exists. Carries the message's translation key.
 */
public class SignInRefused extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String LOCKED = "security.sign-in.locked";
    public static final String SLOW_DOWN = "security.sign-in.slow-down";
    public static final String ADDRESS = "security.sign-in.address-blocked";

    private final String messageKey;

    SignInRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
