package de.kulturbuero.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests outside Vaadin's pages (an address that is neither a page nor a resource, an endpoint
 * the user may not use) are answered by the portal's static error page in German and English,
 * through the real server: not an empty body, not Spring Boot's whitelabel page, not the
 * container's page, and never an exception's text.
 */
@IntegrationTest
class HttpErrorPagesIT {

    @LocalServerPort
    int port;

    private HttpClient client;

    @BeforeEach
    void signInAsApplicant() throws Exception {
        client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        String page = client.send(request("/login").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        // the login form sends the CSRF token from the page's meta tags
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"").matcher(page);
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + URLEncoder.encode(TestUsers.ANNA, StandardCharsets.UTF_8) + "&password="
                + TestUsers.PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("location"))
                .as("signed in")
                .get()
                .asString()
                .doesNotContain("error");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return client.send(request(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNothingTechnical(String body) {
        assertThat(body).doesNotContain("Exception", "exception", "Whitelabel", "Tomcat", "trace", "at org.", "at de.");
    }

    @Test
    void a_refused_or_unknown_address_outside_the_portals_pages_has_a_page_in_both_languages() throws Exception {
        for (String path :
                new String[] {"/no-such-page.pdf", "/actuator/env", "/VAADIN/dynamic/resource/9/not-yours/receipt.pdf"
                }) {
            HttpResponse<String> response = get(path, "text/html,application/xhtml+xml");

            assertThat(response.statusCode()).as(path).isIn(403, 404);
            assertThat(response.headers().firstValue("content-type"))
                    .as(path)
                    .get()
                    .asString()
                    .startsWith("text/html");
            assertThat(response.body())
                    .as(path)
                    .contains(
                            "<main>",
                            "<h1>Seite nicht verfügbar</h1>",
                            "<h2>Page not available</h2>",
                            "<html lang=\"de\">",
                            "<section lang=\"en\">",
                            "href=\"/\"");
            assertNothingTechnical(response.body());
        }
    }

    @Test
    void a_client_that_asks_for_json_gets_the_status_without_a_message() throws Exception {
        HttpResponse<String> response = get("/actuator/env", "application/json");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"status\":403").doesNotContain("\"message\"");
        assertNothingTechnical(response.body());
    }
}
