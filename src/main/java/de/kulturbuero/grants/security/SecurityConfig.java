package de.kulturbuero.grants.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.kulturbuero.grants.security.domain.AccountUserDetailsService;
import de.kulturbuero.grants.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Form login on the Vaadin login view, and, when an OpenID Connect provider is configured, officer
 * sign-in through it; every view carries an access annotation and every service method is secured
 * with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(StaffSignInSettings.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountUserDetailsService accounts,
            StaffSignInOptions staffSignIn,
            StaffAccounts staffAccounts,
            StaffSignInSettings staffSettings,
            ObjectProvider<ClientRegistrationRepository> registrations,
            SignInThrottle signInThrottle,
            SignInEvents signInEvents,
            RequestUtil vaadinRequests,
            @Value("${grants.base-url:http://localhost:8080}") String baseUrl)
            throws Exception {
        protectLoginForm(http, vaadinRequests, baseUrl);
        throttleSignIn(http, signInThrottle, signInEvents);
        // role changes and locks take effect on the next request
        http.addFilterAfter(new AccountRefreshFilter(accounts), SecurityContextHolderFilter.class);
        // "/error": Spring Boot's error page for requests outside Vaadin (a refused or unknown address),
        // which the container renders in an error dispatch; refused itself, the answer had no body
        http.authorizeHttpRequests(
                r -> r.requestMatchers("/actuator/health", "/actuator/health/**", "/styles.css", "/images/**", "/error")
                        .permitAll());
        if (staffSignIn.enabled()) {
            // officers may sign in through the city's OpenID Connect provider (configured
            // with spring.security.oauth2.client.*); the login page links to it, errors come back to it
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(userInfo ->
                            userInfo.oidcUserService(new StaffOidcUserService(staffAccounts, staffSettings)))
                    .failureHandler(StaffSignInFailure::redirectToLogin));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            // Vaadin's own CSRF set-up exempts the login page; protectLoginForm sets up CSRF without that exemption
            vaadin.enableCsrfConfiguration(false);
            if (staffSignIn.enabled()) {
                // signing out of the portal also ends the session at the identity provider (OIDC RP-initiated
                // logout), so the next person at a shared office computer must sign in there again; a local
                // account's sign-out goes to the start page as before
                OidcClientInitiatedLogoutSuccessHandler logout =
                        new OidcClientInitiatedLogoutSuccessHandler(registrations.getObject());
                logout.setPostLogoutRedirectUri("{baseUrl}/");
                logout.setDefaultTargetUrl("/");
                logout.setRedirectStrategy(new UidlRedirectStrategy());
                vaadin.logoutSuccessHandler(logout);
            }
        });
        return http.build();
    }

    /** Too many failed sign-ins are refused before the password is checked (delay, lock, per client address). */
    private static void throttleSignIn(HttpSecurity http, SignInThrottle throttle, SignInEvents events) {
        http.addFilterBefore(new SignInThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class);
    }

    /**
     * Login CSRF: the login form's POST needs the CSRF token (the form sends it from the page's meta
     * tags) and must not come from another site's page ({@link LoginOriginFilter}). Only Vaadin's
     * internal requests, which carry Vaadin's own token, are exempt, as in Vaadin's default set-up.
     */
    private static void protectLoginForm(HttpSecurity http, RequestUtil vaadinRequests, String baseUrl)
            throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginOriginFilter(baseUrl), UsernamePasswordAuthenticationFilter.class);
    }

    /** bcrypt today, with the algorithm stored in the hash so it can be raised later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
