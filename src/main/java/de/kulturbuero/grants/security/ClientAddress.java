package de.kulturbuero.grants.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being handled, as the servlet container reports it
 * (behind a reverse proxy set {@code server.forward-headers-strategy} so it is the client's, not the
 * proxy's). Empty outside a request (jobs, tests calling a service directly).
 */
final class ClientAddress {

    private ClientAddress() {}

    static Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest()).map(HttpServletRequest::getRemoteAddr)
                : Optional.empty();
    }
}
