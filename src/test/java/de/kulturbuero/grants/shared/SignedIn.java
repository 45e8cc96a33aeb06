package de.kulturbuero.grants.shared;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/** Runs code as a demo account loaded through the app's own UserDetailsService (the real PortalUser). */
public final class SignedIn {

    public static final String ANNA = "anna@example.org";
    public static final String BEN = "ben@example.org";
    public static final String HANNA = "hanna@example.org";
    public static final String ADAM = "adam@example.org";
    public static final String CLARA = "clara@example.org";

    private SignedIn() {}

    public static <T> T as(UserDetailsService users, String email, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            TestSecurityContextHolder.setContext(before);
        }
    }

    public static void run(UserDetailsService users, String email, Runnable action) {
        as(users, email, () -> {
            action.run();
            return null;
        });
    }

    /** A reference prefix no other test uses: "Q" and four random capital letters. */
    public static String randomPrefix() {
        StringBuilder b = new StringBuilder("Q");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }
}
