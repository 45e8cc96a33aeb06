package de.kulturbuero.grants.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor of the running portal over real HTTP, with its own cookies (its own session): reads
 * the CSRF token from the login page's meta tags, as the login form's script does, and posts the
 * login form.
 */
final class PortalBrowser {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final int port;
    private final HttpClient client;

    PortalBrowser(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF parameter's name and value from the login page, as {@code name=value}. */
    String csrfField() throws IOException, InterruptedException {
        String page = get("/login").body();
        String name = null;
        String value = null;
        Matcher m = META.matcher(page);
        while (m.find()) {
            if (m.group(1).equals("_csrf_parameter")) {
                name = m.group(2);
            } else {
                value = m.group(2);
            }
        }
        if (name == null || value == null) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String form(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    HttpResponse<String> postLogin(String body, String origin) throws IOException, InterruptedException {
        return postLogin(body, origin, null);
    }

    HttpResponse<String> postLogin(String body, String origin, String fetchSite)
            throws IOException, InterruptedException {
        HttpRequest.Builder post = request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            post.header("Origin", origin);
        }
        if (fetchSite != null) {
            post.header("Sec-Fetch-Site", fetchSite);
        }
        return send(post.build());
    }

    /** Signs in through the login form; true when the portal accepted it (a redirect not back to the error page). */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = postLogin(form(username, password) + "&" + csrfField(), null);
        String location = response.headers().firstValue("location").orElse("");
        return response.statusCode() == 302 && !location.contains("/login");
    }

    /** A request to a page only a signed-in user may see: true when it was answered, not sent to the login. */
    boolean signedIn() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/account");
        return response.statusCode() == 200;
    }
}
