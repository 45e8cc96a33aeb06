package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie as a browser gets it from the real server, and no session id in an address:
 * a visitor without a cookie (the first request) is redirected to the login page by a plain address.
 */
@IntegrationTest
class SessionCookieIT {

    @LocalServerPort
    int port;

    /** No cookie store: every request is a first visit, the case in which the container would rewrite URLs. */
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> response = get("/login");

        List<String> session = response.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .toList();
        assertThat(session).as("a session was started").isNotEmpty();
        assertThat(session)
                .allSatisfy(cookie ->
                        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));
    }

    @Test
    void no_address_carries_the_session_id() throws Exception {
        // an address that needs a sign-in: Spring Security remembers it in the new session and redirects
        HttpResponse<String> redirect = get("/actuator/env");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).get().asString().doesNotContainIgnoringCase("jsessionid");

        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
    }
}
