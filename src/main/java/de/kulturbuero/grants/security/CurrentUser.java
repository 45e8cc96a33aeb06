package de.kulturbuero.grants.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user, as services see them. */
@Component
public class CurrentUser {

    /** The signed-in account; throws when nobody is signed in. */
    public PortalUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public Optional<PortalUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof PortalUser user)) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    /** Role names (without the ROLE_ prefix) of the signed-in user. */
    public Set<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean isOfficer() {
        return roles().stream().anyMatch(Roles.OFFICERS::contains);
    }
}
