package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF over real HTTP: a login POST without the page's CSRF token, with a made-up one, or
 * with another site's {@code Origin} is refused and signs nobody in; with the token and the
 * portal's own origin (or none) it signs in.
 */
@IntegrationTest
class LoginCsrfIT {

    @LocalServerPort
    int port;

    private static final String CREDENTIALS = PortalBrowser.form(TestUsers.BEN, TestUsers.PASSWORD);

    private static boolean signedInBy(HttpResponse<String> response) {
        return response.statusCode() == 302
                && !response.headers().firstValue("location").orElse("").contains("/login");
    }

    @Test
    void without_the_token_or_with_a_made_up_one_nobody_is_signed_in() throws Exception {
        PortalBrowser browser = new PortalBrowser(port);
        browser.get("/login");

        HttpResponse<String> noToken = browser.postLogin(CREDENTIALS, null);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(browser.signedIn()).isFalse();

        HttpResponse<String> madeUp = browser.postLogin(CREDENTIALS + "&_csrf=made-up-token", null);
        assertThat(madeUp.statusCode()).isEqualTo(403);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void a_post_from_another_sites_page_is_refused_even_with_a_token() throws Exception {
        PortalBrowser browser = new PortalBrowser(port);
        for (String origin : new String[] {"https://evil.example", "http://localhost:" + (port + 1)}) {
            HttpResponse<String> foreign = browser.postLogin(CREDENTIALS + "&" + browser.csrfField(), origin);
            assertThat(foreign.statusCode()).as(origin).isEqualTo(403);
            assertThat(browser.signedIn()).as(origin).isFalse();
        }
        // with no-referrer a browser names no origin ("null"), but still tells where the form was
        for (String site : new String[] {"cross-site", "same-site"}) {
            HttpResponse<String> foreign = browser.postLogin(CREDENTIALS + "&" + browser.csrfField(), "null", site);
            assertThat(foreign.statusCode()).as(site).isEqualTo(403);
            assertThat(browser.signedIn()).as(site).isFalse();
        }
    }

    @Test
    void with_the_token_and_the_portals_own_origin_or_none_the_sign_in_works() throws Exception {
        PortalBrowser own = new PortalBrowser(port);
        assertThat(signedInBy(own.postLogin(CREDENTIALS + "&" + own.csrfField(), "http://localhost:" + port)))
                .isTrue();
        assertThat(own.signedIn()).isTrue();

        PortalBrowser none = new PortalBrowser(port);
        assertThat(signedInBy(none.postLogin(CREDENTIALS + "&" + none.csrfField(), null)))
                .isTrue();
        assertThat(none.signedIn()).isTrue();

        // what a browser sends for the portal's own form under Referrer-Policy: no-referrer
        PortalBrowser noReferrer = new PortalBrowser(port);
        assertThat(signedInBy(noReferrer.postLogin(CREDENTIALS + "&" + noReferrer.csrfField(), "null", "same-origin")))
                .isTrue();
    }
}
