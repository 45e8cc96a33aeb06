package de.kulturbuero.testidp;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Configures the portal under test as production would configure it for the city's Keycloak:
 * Spring Boot's OAuth2 client properties pointing at {@link TestIdentityProvider} (started first,
 * since the portal reads the provider's discovery document at start-up) and a group-to-role mapping.
 */
public class TestIdentityProviderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String registration = "spring.security.oauth2.client.registration." + TestIdentityProvider.REGISTRATION_ID;
        TestPropertyValues.of(
                        registration + ".provider=" + TestIdentityProvider.REGISTRATION_ID,
                        registration + ".client-id=" + TestIdentityProvider.CLIENT_ID,
                        registration + ".client-secret=" + TestIdentityProvider.CLIENT_SECRET,
                        registration + ".client-name=" + TestIdentityProvider.CLIENT_NAME,
                        registration + ".scope=openid,profile,email",
                        "spring.security.oauth2.client.provider." + TestIdentityProvider.REGISTRATION_ID
                                + ".issuer-uri=" + TestIdentityProvider.issuer(),
                        "grants.oidc.group-roles.kulturbuero-sachbearbeitung=CLERK",
                        "grants.oidc.group-roles.kulturbuero-fachreferat=REVIEWER",
                        "grants.oidc.group-roles.kulturbuero-leitung=HEAD,REVIEWER")
                .applyTo(context);
    }
}
