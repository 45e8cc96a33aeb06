package de.kulturbuero.grants.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The security headers of every answer the portal gives (Vaadin pages, static files, Vaadin's
 * resources, error pages). Spring Security applies this customizer to the one filter chain of
 * {@link SecurityConfig}, so that class stays as it is.
 * <p>
 * The Content-Security-Policy is the strictest one Vaadin Flow works with without a nonce: its
 * bootstrap page starts the client engine with an inline script and the engine builds functions
 * from the JavaScript the server sends ({@code executeJs}), hence {@code 'unsafe-inline'
 * 'unsafe-eval'} for scripts; its components set inline styles. Everything else is the portal's
 * own origin: no frame may embed a page, no form may post elsewhere. The staff sign-in through the
 * identity provider is a link, and its redirects are navigations, which {@code form-action} does
 * not cover.
 * <p>
 * Strict-Transport-Security only in {@code prod}, where the portal is reached over HTTPS (the
 * header is written on secure requests only, behind the proxy that the forwarded headers name).
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "font-src 'self' data:",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** Device features the portal never uses, switched off for the page and anything it might embed. */
    static final String PERMISSIONS_POLICY = String.join(
            ", ",
            "accelerometer=()",
            "autoplay=()",
            "camera=()",
            "display-capture=()",
            "geolocation=()",
            "gyroscope=()",
            "magnetometer=()",
            "microphone=()",
            "midi=()",
            "payment=()",
            "usb=()");

    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> portalSecurityHeaders(Environment environment) {
        boolean production = environment.matchesProfiles("prod");
        return headers -> {
            // Spring's defaults would add a second X-Frame-Options, X-Content-Type-Options and HSTS
            // writer; cache control stays as it was
            headers.defaultsDisabled().cacheControl(Customizer.withDefaults());
            writers(production).forEach(headers::addHeaderWriter);
            // before the request goes on, not when the answer is committed: Vaadin's pages reached the
            // browser without any of these headers otherwise (and with Vaadin's own X-Frame-Options,
            // which it leaves out when the header is already there)
            headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        };
    }

    /** The header writers of every answer; {@code production}: the {@code prod} profile (HSTS). */
    static List<HeaderWriter> writers(boolean production) {
        List<HeaderWriter> writers = new ArrayList<>(List.of(
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER),
                new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY),
                new XContentTypeOptionsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)));
        if (production) {
            HstsHeaderWriter hsts = new HstsHeaderWriter();
            hsts.setMaxAgeInSeconds(HSTS_MAX_AGE_SECONDS);
            hsts.setIncludeSubDomains(true);
            writers.add(hsts);
        }
        return List.copyOf(writers);
    }
}
