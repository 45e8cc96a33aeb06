package de.kulturbuero.grants.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first administrator of a fresh production installation (which seeds no demo users): taken
 * from {@code GRANTS_ADMIN_EMAIL} and {@code GRANTS_ADMIN_PASSWORD} when both are set and the
 * account does not exist yet. Change the password after the first login and remove the variables.
 */
@Component
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    InitialAdmin(
            AccountService accounts,
            @Value("${GRANTS_ADMIN_EMAIL:}") String email,
            @Value("${GRANTS_ADMIN_PASSWORD:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            return;
        }
        PasswordPolicy.problem(password, email.trim()).ifPresent(problem -> {
            throw new IllegalStateException("GRANTS_ADMIN_PASSWORD breaks the password rule (" + problem
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, at most " + PasswordPolicy.MAX_BYTES
                    + " bytes, not a common password, not the e-mail address");
        });
        accounts.createIfAbsent(email.trim(), password, "Administrator", null, "de", List.of(Roles.ADMIN));
        log.info("Initial administrator account {} is present", email.trim());
    }
}
