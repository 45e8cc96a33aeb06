package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTest {

    private static MockHttpServletResponse answer(boolean production, boolean secure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityHeaders.writers(production).forEach(w -> w.writeHeaders(request, response));
        return response;
    }

    @Test
    void the_policy_allows_only_the_portals_own_origin_and_no_framing() {
        MockHttpServletResponse response = answer(false, false);

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'")
                .doesNotContain("*", "http:", "https:");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
    }

    @Test
    void strict_transport_security_is_sent_over_https_in_prod_only() {
        assertThat(answer(true, true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(answer(true, false).getHeader("Strict-Transport-Security"))
                .as("never over plain HTTP")
                .isNull();
        assertThat(answer(false, true).getHeader("Strict-Transport-Security"))
                .as("not outside prod (a developer's localhost would remember it for a year)")
                .isNull();
    }
}
