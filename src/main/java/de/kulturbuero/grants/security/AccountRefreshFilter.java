package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountUserDetailsService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes role changes and locks take effect on the user's next request, not at their next login:
 * for a signed-in account (local, or through the identity provider) it reloads roles, the
 * enabled flag and the credentials version (one primary-key read per request, {@code /VAADIN/}
 * requests included, so a session that only fetches resources ends too). A locked or deleted
 * account, and a session older than the account's last lock, role change or password change
 * ({@link SessionEnd}), is signed out at once (session invalidated); changed roles otherwise
 * replace the authentication in the session.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

    private final AccountUserDetailsService accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    AccountRefreshFilter(AccountUserDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            PortalUser fresh = accounts.reload(user.accountId()).orElse(null);
            HttpSession current = request.getSession(false);
            int sessionVersion = SessionEnd.kept(current, user.accountId()).orElse(user.credentialsVersion());
            if (fresh == null || !fresh.isEnabled() || fresh.credentialsVersion() != sessionVersion) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!roles(fresh.getAuthorities()).equals(roles(auth.getAuthorities()))) {
                // the new roles, plus what else the sign-in granted (e.g. Spring Security's factor authorities)
                List<GrantedAuthority> authorities = new ArrayList<>(fresh.getAuthorities());
                auth.getAuthorities().stream().filter(a -> !isRole(a)).forEach(authorities::add);
                Authentication replaced =
                        auth instanceof OAuth2AuthenticationToken oauth && user instanceof OidcPortalUser oidc
                                ? new OAuth2AuthenticationToken(
                                        oidc.withAccount(fresh, authorities),
                                        authorities,
                                        oauth.getAuthorizedClientRegistrationId())
                                : UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(replaced);
                SecurityContextHolder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** The portal's own style sheet and images need no fresh account; everything else (views, UIDL, /VAADIN/, downloads) does. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/styles.css") || path.startsWith("/images/");
    }

    private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .filter(AccountRefreshFilter::isRole)
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    private static boolean isRole(GrantedAuthority authority) {
        return authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_");
    }
}
