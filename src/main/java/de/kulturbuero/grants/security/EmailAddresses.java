package de.kulturbuero.grants.security;

import java.util.regex.Pattern;

/**
 * The one rule for e-mail addresses the portal accepts (self-registration and officer invitations):
 * a local part of 1–64 characters, one {@code @}, a domain with a dot and a top-level part of at
 * least two characters, no white space, at most 254 characters in all (RFC 5321 limits). Whether
 * the address works shows when the first mail arrives; this only catches typing mistakes.
 */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddresses() {}

    public static boolean isValid(String address) {
        return address != null
                && address.length() <= 254
                && ADDRESS.matcher(address).matches();
    }
}
