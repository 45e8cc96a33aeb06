package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountRepository;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of each sign-in with a password (Spring Security's authentication events): failures
 * count towards {@link SignInThrottle}'s delay and lock, a success forgets them; each goes to the
 * security event log with the client address, and so does a lock this failure caused.
 */
@Component
class SignInEvents {

    private final SignInThrottle throttle;
    private final SecurityEvents events;
    private final AccountRepository accounts;

    SignInEvents(SignInThrottle throttle, SecurityEvents events, AccountRepository accounts) {
        this.throttle = throttle;
        this.events = events;
        this.accounts = accounts;
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt instanceof UsernamePasswordAuthenticationToken) || attempt.getName() == null) {
            return;
        }
        String address = clientAddress(attempt);
        String email = SignInThrottle.normalise(attempt.getName());
        Optional<AccountEntity> account = accounts.findByEmailIgnoreCase(email);
        events.recordSignIn(
                SecurityEventType.SIGN_IN_FAILED,
                account.map(AccountEntity::getId).orElse(null),
                email,
                address,
                // the reason, for the administrator: wrong password, unknown address, locked by an administrator
                account.isEmpty()
                        ? "no account"
                        : event.getException().getClass().getSimpleName());
        throttle.failed(email, address)
                .ifPresent(locked -> events.recordSignIn(
                        SecurityEventType.SIGN_IN_LOCKED,
                        locked.getId(),
                        locked.getEmail(),
                        address,
                        "until " + locked.getLockedUntil()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user
                && event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            throttle.succeeded(user.getUsername());
            events.recordSignIn(
                    SecurityEventType.SIGN_IN,
                    user.accountId(),
                    user.getUsername(),
                    clientAddress(event.getAuthentication()),
                    "password");
        }
    }

    /** A sign-in the throttle refused before its password was checked. */
    void refused(String username, String clientAddress, String reason) {
        String email = SignInThrottle.normalise(username);
        events.recordSignIn(
                SecurityEventType.SIGN_IN_REFUSED,
                accounts.findByEmailIgnoreCase(email).map(AccountEntity::getId).orElse(null),
                email,
                clientAddress,
                reason);
    }

    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
