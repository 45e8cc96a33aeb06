package de.kulturbuero.grants.security;

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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of answer the portal gives carries the security headers, through the real server:
 * a Vaadin page, a static file, one of Vaadin's own resources, a redirect to the login page and
 * an error page.
 */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(String what, HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as(what + ": Content-Security-Policy")
                .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().allValues("X-Frame-Options"))
                .as(what + ": X-Frame-Options")
                .containsExactly("DENY");
        assertThat(response.headers().allValues("X-Content-Type-Options"))
                .as(what + ": X-Content-Type-Options")
                .containsExactly("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy"))
                .as(what + ": Referrer-Policy")
                .contains("no-referrer");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .as(what + ": Permissions-Policy")
                .contains(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as(what + ": no HSTS outside prod")
                .isEmpty();
    }

    @Test
    void pages_static_files_vaadin_resources_and_redirects_carry_the_security_headers() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders("the login page", login);

        Matcher resource =
                Pattern.compile("(?:src|href)=\"(?:\\./|/)?(VAADIN/[^\"]+)\"").matcher(login.body());
        assertThat(resource.find())
                .as("the bootstrap page loads a resource from /VAADIN/")
                .isTrue();
        HttpResponse<String> vaadinResource = get("/" + resource.group(1));
        assertThat(vaadinResource.statusCode()).as(resource.group(1)).isEqualTo(200);
        assertSecurityHeaders("/" + resource.group(1), vaadinResource);

        HttpResponse<String> css = get("/styles.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertSecurityHeaders("/styles.css", css);

        HttpResponse<String> redirect = get("/inbox");
        assertThat(redirect.statusCode()).isIn(200, 302);
        assertSecurityHeaders("a page that needs a sign-in", redirect);
    }

    @Test
    void error_pages_and_signed_in_pages_carry_the_security_headers() throws Exception {
        // the login form sends the CSRF token from the page's meta tags
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"")
                .matcher(get("/login").body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + URLEncoder.encode(TestUsers.ANNA, StandardCharsets.UTF_8) + "&password="
                + TestUsers.PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = client.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("location")).get().asString().doesNotContain("error");
        assertSecurityHeaders("the answer to the sign-in", signIn);

        HttpResponse<String> notFound = get("/no-such-page.pdf");
        assertThat(notFound.statusCode()).isIn(403, 404);
        assertThat(notFound.body()).contains("<h1>Seite nicht verfügbar</h1>");
        assertSecurityHeaders("the error page", notFound);

        HttpResponse<String> refused = get("/actuator/env");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertSecurityHeaders("a refusal", refused);

        HttpResponse<String> page = get("/applications");
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders("a signed-in page", page);
    }
}
