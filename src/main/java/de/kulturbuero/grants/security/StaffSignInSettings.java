package de.kulturbuero.grants.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How officers who sign in through the city's OpenID Connect provider get their portal roles:
 * from the provider's groups ({@code grants.oidc.group-roles.<group>=ROLE[,ROLE]}), read from the
 * claim {@code grants.oidc.groups-claim} (default {@code groups}, as Keycloak's group mapper names it).
 * Groups not listed give no role; a member of no listed group cannot sign in. Only office roles can
 * be mapped: applicants register locally.
 */
@ConfigurationProperties("grants.oidc")
public record StaffSignInSettings(
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue Map<String, Set<String>> groupRoles) {

    /** Roles a provider group may grant: every role except APPLICANT. */
    static final Set<String> MAPPABLE = Set.of(Roles.CLERK, Roles.REVIEWER, Roles.HEAD, Roles.FINANCE, Roles.ADMIN);

    public StaffSignInSettings {
        if (groupsClaim == null || groupsClaim.isBlank()) {
            throw new IllegalStateException(
                    "grants.oidc.groups-claim must name the claim that lists the user's groups");
        }
        groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
        groupRoles.forEach((group, roles) -> {
            if (roles == null || roles.isEmpty() || !MAPPABLE.containsAll(roles)) {
                throw new IllegalStateException("grants.oidc.group-roles." + group + "=" + roles
                        + ": map each group to one or more of " + new TreeSet<>(MAPPABLE));
            }
        });
    }

    /** The portal roles of a member of these provider groups (empty when none is mapped). */
    public Set<String> rolesFor(Collection<String> groups) {
        Set<String> roles = new TreeSet<>();
        if (groups != null) {
            groups.forEach(g -> roles.addAll(groupRoles.getOrDefault(g, Set.of())));
        }
        return roles;
    }
}
