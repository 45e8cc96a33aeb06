package de.kulturbuero.grants.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before the login form's POST is authenticated: a sign-in that {@link SignInThrottle} refuses
 * goes back to the login page without its password being checked, with the reason where the
 * login page finds a failed sign-in's exception (the session's {@link WebAttributes#AUTHENTICATION_EXCEPTION}).
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final SignInEvents events;

    SignInThrottleFilter(SignInThrottle throttle, SignInEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && path.equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<String> refusal = throttle.refusal(username, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        events.refused(username, request.getRemoteAddr(), refusal.get());
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new SignInRefused(refusal.get()));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
