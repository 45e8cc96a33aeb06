package de.kulturbuero.grants.security;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.ApplicationFilter;
import de.kulturbuero.grants.reporting.ApplicationExports;
import de.kulturbuero.grants.shared.SignedIn;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The security event log: sign-ins over real HTTP (failed and successful, with the client
 * address), a lock after failures, the administrator's role change, lock and unlock (with the
 * administrator as the one acting), password change and reset, an export; no entry holds a
 * password or a link; newest first, filtered and paged, for administrators only.
 */
@IntegrationTest
class SecurityEventsIT {

    @LocalServerPort
    int port;

    @Autowired
    SecurityEvents events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    ProfileService profiles;

    @Autowired
    PasswordResetService resets;

    @Autowired
    UserAdministration administration;

    @Autowired
    ApplicationExports exports;

    @Autowired
    TestUsers users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM security_attempt WHERE kind = 'SIGN_IN_ADDRESS'");
        TestUsers.signOut();
    }

    private List<SecurityEvent> of(String email) {
        return SignedIn.as(userDetails, ADAM, () -> events.search(email, null, 0, 100));
    }

    @Test
    void sign_ins_roles_locks_passwords_and_exports_are_logged_newest_first_without_secrets() throws Exception {
        String email = RegistrationIT.uniqueEmail();
        RegistrationForm form = RegistrationIT.form(email);
        registrations.register(form);
        long id = ((PortalUser) userDetails.loadUserByUsername(email)).accountId();

        PortalBrowser browser = new PortalBrowser(port);
        assertThat(browser.signIn(email, "wrong-password-typed")).isFalse();
        assertThat(browser.signIn(email, form.getPassword())).isTrue();
        SignedIn.run(userDetails, ADAM, () -> {
            administration.setRoles(id, Set.of(Roles.APPLICANT, Roles.CLERK));
            administration.setLocked(id, true);
            administration.setLocked(id, false);
        });
        users.signIn(email);
        profiles.changePassword(form.getPassword(), "Ganz-neues-Passwort-1", "Ganz-neues-Passwort-1");
        TestUsers.signOut();
        String link = resets.requestReset(email).orElseThrow();
        resets.reset(PasswordResetIT.token(link), "Noch-ein-Passwort-22", "Noch-ein-Passwort-22");

        List<SecurityEvent> logged = of(email);
        assertThat(logged)
                .extracting(SecurityEvent::type)
                .containsExactly(
                        SecurityEventType.PASSWORD_RESET,
                        SecurityEventType.PASSWORD_RESET_REQUESTED,
                        SecurityEventType.PASSWORD_CHANGED,
                        SecurityEventType.ACCOUNT_UNLOCKED,
                        SecurityEventType.ACCOUNT_LOCKED,
                        SecurityEventType.ROLES_CHANGED,
                        SecurityEventType.SIGN_IN,
                        SecurityEventType.SIGN_IN_FAILED);
        SecurityEvent signIn = logged.get(6);
        assertThat(signIn.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(logged.get(7).clientAddress()).isEqualTo(signIn.clientAddress());
        SecurityEvent roles = logged.get(5);
        assertThat(roles.actorEmail()).isEqualTo(ADAM);
        assertThat(roles.detail()).isEqualTo("[APPLICANT] -> [APPLICANT, CLERK]");
        assertThat(logged.get(4).actorEmail()).isEqualTo(ADAM);
        assertThat(logged.get(2).actorEmail()).as("the person themself").isNull();
        assertThat(logged)
                .allSatisfy(e -> assertThat(String.valueOf(e.detail()))
                        .doesNotContain(
                                form.getPassword(),
                                "wrong-password-typed",
                                "Ganz-neues-Passwort-1",
                                "Noch-ein-Passwort-22",
                                PasswordResetIT.token(link)));

        assertThat(SignedIn.as(userDetails, ADAM, () -> events.search(email, SecurityEventType.ACCOUNT_LOCKED, 0, 10)))
                .singleElement()
                .extracting(SecurityEvent::type)
                .isEqualTo(SecurityEventType.ACCOUNT_LOCKED);
        assertThat(SignedIn.as(userDetails, ADAM, () -> events.count(email, null)))
                .isEqualTo(8);
        assertThat(SignedIn.as(userDetails, ADAM, () -> events.search(email, null, 6, 5)))
                .extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.SIGN_IN, SecurityEventType.SIGN_IN_FAILED);
    }

    @Test
    void a_lock_after_failures_and_an_export_are_logged() throws Exception {
        String email = RegistrationIT.uniqueEmail();
        registrations.register(RegistrationIT.form(email));
        PortalBrowser browser = new PortalBrowser(port);
        for (int i = 0; i < 10; i++) {
            assertThat(browser.signIn(email, "wrong-" + i)).isFalse();
            jdbc.update(
                    "UPDATE security_attempt SET attempted_at = attempted_at - INTERVAL 31 SECOND WHERE subject = ?",
                    email);
        }
        assertThat(browser.signIn(email, "still-wrong")).isFalse();
        assertThat(of(email))
                .extracting(SecurityEvent::type)
                .startsWith(
                        SecurityEventType.SIGN_IN_REFUSED,
                        SecurityEventType.SIGN_IN_LOCKED,
                        SecurityEventType.SIGN_IN_FAILED);
        assertThat(of(email).getFirst().detail()).isEqualTo(SignInRefused.LOCKED);

        SignedIn.as(userDetails, ADAM, () -> exports.csv(ApplicationFilter.all(), Locale.GERMAN));
        assertThat(SignedIn.as(userDetails, ADAM, () -> events.search(ADAM, SecurityEventType.EXPORT, 0, 1)))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("applications as CSV"));
    }

    @Autowired
    AccountDataProtection dataProtection;

    @Test
    void an_anonymised_account_leaves_its_entries_without_its_address() throws Exception {
        String email = RegistrationIT.uniqueEmail();
        registrations.register(RegistrationIT.form(email));
        long id = ((PortalUser) userDetails.loadUserByUsername(email)).accountId();
        assertThat(new PortalBrowser(port).signIn(email, "wrong-password-typed"))
                .isFalse();
        assertThat(of(email)).isNotEmpty();

        dataProtection.anonymise(id, java.time.Instant.now());

        assertThat(of(email)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM security_event WHERE account_id = ? AND account_email IS NULL",
                        Integer.class,
                        id))
                .isPositive();
    }

    @Test
    void only_administrators_read_the_log() {
        assertThatThrownBy(() -> SignedIn.as(userDetails, TestUsers.HANNA, () -> events.search(null, null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(userDetails, TestUsers.HANNA, () -> events.count(null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
