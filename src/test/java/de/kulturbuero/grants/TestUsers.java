package de.kulturbuero.grants;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

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
    public static final String RITA = "rita@example.org";
    public static final String ROLF = "rolf@example.org";

    private final UserDetailsService userDetailsService;
    private final SecurityContextHolderStrategy strategy;

    TestUsers(UserDetailsService userDetailsService, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.userDetailsService = userDetailsService;
        this.strategy = strategy.getIfAvailable();
    }

    /**
     * Points the static holder at this context's strategy. Vaadin gives every Spring context its own
     * strategy (with its own thread-local); when a test run has several contexts, the static holder
     * may still point at another context's, and method security would then see nobody signed in.
     */
    public static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** From now on the test thread acts as {@code email}. */
    public void signIn(String email) {
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
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
