package de.kulturbuero.grants.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The identity providers officers can sign in through, as configured with Spring Boot's
 * {@code spring.security.oauth2.client.registration.*} properties; empty when none is configured
 * (then only local accounts exist).
 */
@Component
public class StaffSignInOptions {

    /** One provider: the login page links to {@link #path()}, which starts the sign-in there. */
    public record Provider(String registrationId, String name) {
        public String path() {
            return "oauth2/authorization/" + registrationId;
        }
    }

    private final List<Provider> providers;

    StaffSignInOptions(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                if (r instanceof ClientRegistration registration
                        && registration.getScopes().contains("openid")) {
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> providers() {
        return providers;
    }

    public boolean enabled() {
        return !providers.isEmpty();
    }
}
