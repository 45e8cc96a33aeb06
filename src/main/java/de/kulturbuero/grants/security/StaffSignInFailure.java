package de.kulturbuero.grants.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** Sends a failed or refused provider sign-in back to the login page, which explains it ({@code ?sso=<reason>}). */
final class StaffSignInFailure {

    private static final Logger log = LoggerFactory.getLogger(StaffSignInFailure.class);
    private static final Set<String> EXPLAINED = Set.of(
            StaffSignInRefused.NO_ROLE,
            StaffSignInRefused.LOCKED,
            StaffSignInRefused.EMAIL_TAKEN,
            StaffSignInRefused.NO_EMAIL);

    private StaffSignInFailure() {}

    static void redirectToLogin(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = e instanceof OAuth2AuthenticationException oauth
                        && EXPLAINED.contains(oauth.getError().getErrorCode())
                ? oauth.getError().getErrorCode()
                : StaffSignInRefused.FAILED;
        log.info("Sign-in through the identity provider refused ({}): {}", reason, e.getMessage());
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
    }
}
