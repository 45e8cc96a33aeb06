package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The browser enforces the portal's Content-Security-Policy and the journeys' shared check
 * ({@link BrowserTestBase#noContentSecurityPolicyViolation()}) sees what it blocked: content from
 * another origin put into a real page is refused and reported.
 */
class ContentSecurityPolicyJourneyIT extends BrowserTestBase {

    @Test
    void content_from_another_origin_is_blocked_and_reported_while_the_portals_own_page_works() {
        open("login");
        waitUntil(
                "the login form",
                () -> driver.findElements(org.openqa.selenium.By.tagName("vaadin-login-form"))
                                .isEmpty()
                        ? null
                        : Boolean.TRUE);
        assertThat(contentSecurityPolicyViolations())
                .as("the login page itself")
                .isEmpty();

        js().executeScript("""
                const img = document.createElement('img');
                img.src = 'https://tracker.example.invalid/pixel.png';
                img.alt = '';
                document.body.appendChild(img);""");

        String reported = waitUntil(
                "the browser to report the blocked image",
                Duration.ofSeconds(10),
                () -> contentSecurityPolicyViolations().stream().findFirst().orElse(null));
        assertThat(reported).contains("tracker.example.invalid", "img-src");
    }
}
