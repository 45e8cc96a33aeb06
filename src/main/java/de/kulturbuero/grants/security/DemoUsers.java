package de.kulturbuero.grants.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for every role, seeded at start in the default profile only: never in {@code prod}
 * (the profile check and {@code grants.demo-data=false} both keep them out).
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "grants.demo-data", havingValue = "true")
@Order(0)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** Shared by the README, the tests and the login page hint. */
    static final String PASSWORD = "demo1234";

    record DemoUser(String email, String name, String organisation, String language, List<String> roles) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("anna@example.org", "Anna Antrag", "Kulturverein Linden e.V.", "de", List.of(Roles.APPLICANT)),
            new DemoUser(
                    "ben@example.org", "Ben Bristol-Fan", "Youth Brass Band Hannover", "en", List.of(Roles.APPLICANT)),
            new DemoUser("clara@example.org", "Clara Sachbearbeitung", null, "de", List.of(Roles.CLERK)),
            // a second clerk: a reclaim needs a second pair of eyes besides the clerk who checked the report
            new DemoUser("carl@example.org", "Carl Sachbearbeitung", null, "de", List.of(Roles.CLERK)),
            new DemoUser("rita@example.org", "Rita Fachreferat", null, "de", List.of(Roles.REVIEWER)),
            new DemoUser("rolf@example.org", "Rolf Fachreferat", null, "de", List.of(Roles.REVIEWER)),
            new DemoUser("hanna@example.org", "Hanna Leitung", null, "de", List.of(Roles.HEAD)),
            new DemoUser("finn@example.org", "Finn Kasse", null, "de", List.of(Roles.FINANCE)),
            new DemoUser("adam@example.org", "Adam Admin", null, "en", List.of(Roles.ADMIN)));

    private final AccountService accounts;

    DemoUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser u : USERS) {
            accounts.createIfAbsent(u.email(), PASSWORD, u.name(), u.organisation(), u.language(), u.roles());
        }
        log.info(
                "Demo users ready (password '{}'): {}",
                PASSWORD,
                USERS.stream().map(u -> u.email() + " " + u.roles()).toList());
    }
}
