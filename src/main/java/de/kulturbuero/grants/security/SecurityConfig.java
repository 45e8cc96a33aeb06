package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountUserDetailsService;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.kulturbuero.grants.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Form login on the Vaadin login view; every view carries an access annotation and every
 * service method is secured with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService accounts) throws Exception {
        // issue 5: role changes and locks take effect on the next request
        http.addFilterAfter(new AccountRefreshFilter(accounts), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(r -> r.requestMatchers("/actuator/health", "/actuator/health/**", "/styles.css", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** bcrypt today, with the algorithm stored in the hash so it can be raised later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
