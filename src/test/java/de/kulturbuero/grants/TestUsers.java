package de.kulturbuero.grants;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

import java.util.function.Supplier;

/**
 * Signs a demo account in on the test thread, loaded through the app's own
 * {@link UserDetailsService} (so services see the real {@code PortalUser} with its roles), for
 * journeys in which several people act one after another.
 */
public class TestUsers {

    /** Password of every demo account (see {@code DemoUsers}). */
    public static final String PASSWORD = "demo1234";

    public static final String ANNA = "anna@example.org";
    public static final String BEN = "ben@example.org";
    public static final String CLARA = "clara@example.org";
    public static final String HANNA = "hanna@example.org";

    private final UserDetailsService userDetailsService;

    TestUsers(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    /** From now on the test thread acts as {@code email}. */
    public void signIn(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
    }

    /** Runs {@code action} as {@code email}, then gives the thread back to whoever was signed in before. */
    public <T> T as(String email, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        signIn(email);
        try {
            return action.get();
        } finally {
            TestSecurityContextHolder.setContext(before);
        }
    }

    /** {@link #as(String, Supplier)} for actions without a result. */
    public void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }

    public static void signOut() {
        TestSecurityContextHolder.clearContext();
    }
}
