package de.kulturbuero.testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the tests (Spring Security's authorization server), standing
 * in for the city's Keycloak, which is not reachable here. It runs in the test JVM as its own small
 * Spring Boot application on a random port, with a login form, a few people and their groups
 * (in the ID token's {@code groups} claim, like Keycloak's group mapper), and one client: the portal.
 * <p>
 * It lives outside {@code de.kulturbuero.grants} so the portal's component scan never sees it, and
 * imports only the auto-configuration a servlet server with Spring Security needs (no database,
 * no Flowable, no Vaadin).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
public class TestIdentityProvider {

    public static final String REGISTRATION_ID = "city";
    public static final String CLIENT_NAME = "Stadt-Login (Test)";
    public static final String CLIENT_ID = "grant-portal";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String PASSWORD = "city-pass-1234";

    /** A person known to the provider (user name = login name at the provider). */
    public record Person(
            String username, String name, String email, boolean emailVerified, String locale, List<String> groups) {}

    /** In the portal's test configuration, group kulturbuero-sachbearbeitung gives CLERK, kulturbuero-fachreferat REVIEWER. */
    public static final Map<String, Person> PEOPLE = Map.of(
            "kim",
                    new Person(
                            "kim",
                            "Kim Kulturamt",
                            "kim.kulturamt@stadt.example",
                            true,
                            "de",
                            List.of("kulturbuero-sachbearbeitung", "alle-beschaeftigten")),
            "nils",
                    new Person(
                            "nils",
                            "Nils Neumann",
                            "nils.neumann@stadt.example",
                            true,
                            "de",
                            List.of("stadtbibliothek", "alle-beschaeftigten")));

    private static ConfigurableApplicationContext running;
    private static InMemoryRegisteredClientRepository clients;

    /** The provider's issuer URL ({@code http://localhost:<port>}), starting it on first use. */
    public static synchronized String issuer() {
        if (running == null) {
            running = new SpringApplicationBuilder(TestIdentityProvider.class)
                    .web(WebApplicationType.SERVLET)
                    // none of the portal's application.properties: this is another application
                    .properties(
                            "spring.config.name=test-identity-provider",
                            "server.port=0",
                            "spring.main.banner-mode=off",
                            "spring.application.name=test-identity-provider")
                    .run();
        }
        int port = ((WebServerApplicationContext) running).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    @Bean
    SecurityFilterChain identityProvider(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(r -> r.anyRequest().authenticated())
                .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /**
     * Spring Security's filters here and the authorization server's endpoints must see one security
     * context. The endpoints read the static {@link SecurityContextHolder}, whose strategy the portal's
     * Vaadin replaces when its context starts (after this one): this strategy always follows the
     * static one, so both sides agree whatever the portal did.
     */
    @Bean
    SecurityContextHolderStrategy followTheGlobalStrategy() {
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }

            @Override
            public org.springframework.security.core.context.SecurityContext getContext() {
                return SecurityContextHolder.getContextHolderStrategy().getContext();
            }

            @Override
            public void setContext(org.springframework.security.core.context.SecurityContext context) {
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }

            @Override
            public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }
        };
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(PEOPLE.values().stream()
                .map(p -> User.withUsername(p.username())
                        .password("{noop}" + PASSWORD)
                        .roles("EMPLOYEE")
                        .build())
                .toList());
    }

    /**
     * The portal as a confidential client. The redirect URI is a loopback IP literal: the provider
     * accepts it with any port (RFC 8252), so the portal may run on a random port.
     */
    @Bean
    RegisteredClientRepository clients() {
        clients = new InMemoryRegisteredClientRepository(
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(CLIENT_ID)
                        .clientSecret("{noop}" + CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION_ID)
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .scope(OidcScopes.EMAIL)
                        .clientSettings(ClientSettings.builder()
                                .requireAuthorizationConsent(false)
                                .build())
                        .build());
        return clients;
    }

    /**
     * Lets the portal send people back to {@code uri} after signing out here (OIDC RP-initiated
     * logout). Unlike the sign-in redirect, the provider matches this address exactly, port
     * included, so the test registers it once it knows the portal's random port.
     */
    public static synchronized void allowPostLogoutRedirect(String uri) {
        issuer();
        RegisteredClient client = clients.findByClientId(CLIENT_ID);
        clients.save(RegisteredClient.from(client).postLogoutRedirectUri(uri).build());
    }

    /** Name, e-mail, language and groups in the ID token, as Keycloak's default and group mappers put them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                Person person = PEOPLE.get(context.getPrincipal().getName());
                context.getClaims()
                        .claim("name", person.name())
                        .claim("email", person.email())
                        .claim("email_verified", person.emailVerified())
                        .claim("locale", person.locale())
                        .claim("groups", person.groups());
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The user-info endpoint reads the access token with it. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }
}
