package de.kulturbuero.grants.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login form POST whose {@code Origin} header names another site, or that the browser
 * marks as coming from another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}), with
 * 403, beside the CSRF token the form must carry: a page elsewhere cannot sign a visitor in to an
 * account of its choosing. The portal's own origin is the one the request was addressed to
 * (behind a reverse proxy, with {@code server.forward-headers-strategy}, the public one) or
 * {@code grants.base-url}. Under the portal's {@code Referrer-Policy: no-referrer} browsers send
 * {@code Origin: null} for the portal's own form, so "null" alone decides nothing: then
 * {@code Sec-Fetch-Site} does, and a POST without either header (older browsers) still needs the token.
 */
class LoginOriginFilter extends OncePerRequestFilter {

    private final String baseOrigin;

    LoginOriginFilter(String baseUrl) {
        this.baseOrigin = origin(baseUrl);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && path.equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String site = request.getHeader("Sec-Fetch-Site");
        boolean foreignOrigin = origin != null
                && !"null".equals(origin)
                && !Set.of(own(request), baseOrigin).contains(origin(origin));
        boolean fromAnotherSite = "cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site);
        if (foreignOrigin || fromAnotherSite) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String own(HttpServletRequest request) {
        return origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** scheme://host[:port], lower case, the scheme's default port left out; "null" and garbage as they are. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
