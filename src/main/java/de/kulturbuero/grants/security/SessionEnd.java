package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountEntity;
import jakarta.servlet.http.HttpSession;
import java.util.OptionalInt;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an account's sessions: raising its credentials version makes {@link AccountRefreshFilter}
 * end every session signed in with an older one on its next request (any node, any address,
 * {@code /VAADIN/} included). A person who changes their own password keeps the session they did
 * it in: that session remembers the new version.
 */
final class SessionEnd {

    static final String ATTRIBUTE = "grants.security.credentials-version";

    private SessionEnd() {}

    /** Ends every session of the account. */
    static void all(AccountEntity account) {
        account.endSessions();
    }

    /** Ends every session of the account but the one of the current request, when it is this account's. */
    static void others(AccountEntity account, CurrentUser currentUser) {
        int version = account.endSessions();
        boolean own =
                currentUser.get().filter(u -> u.accountId() == account.getId()).isPresent();
        if (own && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(ATTRIBUTE, account.getId() + ":" + version);
            }
        }
    }

    /** The version this session was kept at (after its own change), if it was. */
    static OptionalInt kept(HttpSession session, long accountId) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String value)) {
            return OptionalInt.empty();
        }
        String prefix = accountId + ":";
        return value.startsWith(prefix)
                ? OptionalInt.of(Integer.parseInt(value.substring(prefix.length())))
                : OptionalInt.empty();
    }
}
