package de.kulturbuero.grants.security;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.shared.SignedIn;
import java.sql.Timestamp;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Failed sign-ins over real HTTP: the growing wait, the lock after ten failures within the window
 * (counted in the database), lifted by the reset link or the administrator, refused the same way
 * for an address without an account; the per-client limits of registration, forgot password and
 * password links, and the account page's current-password check. Waiting is simulated by moving
 * the recorded attempts back in time.
 */
@IntegrationTest
class SignInThrottleIT {

    private static final String WRONG = "not-the-password-at-all";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    PasswordResetService resets;

    @Autowired
    PasswordLinks links;

    @Autowired
    ProfileService profiles;

    @Autowired
    UserAdministration administration;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    TestUsers users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private String email;
    private String password;

    @BeforeEach
    void registered() {
        email = RegistrationIT.uniqueEmail();
        RegistrationForm form = RegistrationIT.form(email);
        password = form.getPassword();
        registrations.register(form);
    }

    @AfterEach
    void forgetThisMachinesFailures() {
        // every other test signs in from this machine too
        jdbc.update("DELETE FROM security_attempt WHERE kind = 'SIGN_IN_ADDRESS'");
        RequestContextHolder.resetRequestAttributes();
        TestUsers.signOut();
    }

    /** As if the given seconds had passed since every failure of this address. */
    private void wait(String address, int seconds) {
        jdbc.update(
                "UPDATE security_attempt SET attempted_at = attempted_at - INTERVAL ? SECOND WHERE subject = ?",
                seconds,
                address.toLowerCase());
    }

    private int failuresOf(String address) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM security_attempt WHERE kind = 'SIGN_IN_ACCOUNT' AND subject = ?",
                Integer.class,
                address.toLowerCase());
    }

    private Timestamp lockedUntil(String address) {
        return jdbc.queryForObject("SELECT locked_until FROM account WHERE email = ?", Timestamp.class, address);
    }

    private void fail(PortalBrowser browser, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(browser.signIn(address, WRONG)).isFalse();
            wait(address, (int) throttle.maxDelay().toSeconds() + 1);
        }
    }

    @Test
    void after_the_free_attempts_each_try_waits_and_a_success_forgets_the_failures() throws Exception {
        PortalBrowser browser = new PortalBrowser(port);
        for (int i = 0; i < throttle.freeAttempts(); i++) {
            assertThat(browser.signIn(email, WRONG)).isFalse();
        }
        assertThat(failuresOf(email)).isEqualTo(throttle.freeAttempts());

        assertThat(browser.signIn(email, password))
                .as("the right password right away is refused: it must wait")
                .isFalse();
        assertThat(failuresOf(email)).as("a refused try is not a failure").isEqualTo(throttle.freeAttempts());
        assertThat(throttle.refusal(email, null)).contains(SignInRefused.SLOW_DOWN);

        wait(email, 2);
        assertThat(browser.signIn(email, password)).isTrue();
        assertThat(browser.signedIn()).isTrue();
        assertThat(failuresOf(email)).isZero();
    }

    @Test
    void ten_failures_lock_the_account_which_the_reset_link_lifts() throws Exception {
        PortalBrowser browser = new PortalBrowser(port);
        fail(browser, email, throttle.lockAfter() - 1);
        assertThat(lockedUntil(email)).isNull();
        fail(browser, email, 1);
        assertThat(lockedUntil(email)).as("locked in the database").isNotNull();
        assertThat(lockedUntil(email).toInstant())
                .isAfter(java.time.Instant.now().plus(throttle.lockDuration()).minusSeconds(60));

        assertThat(browser.signIn(email, password))
                .as("the right password does not help")
                .isFalse();
        assertThat(throttle.refusal(email, null)).contains(SignInRefused.LOCKED);
        long id = ((PortalUser) userDetails.loadUserByUsername(email)).accountId();
        assertThat(SignedIn.as(userDetails, ADAM, () -> administration.get(id).lockedUntil()))
                .as("the administrator sees the lock")
                .isNotNull();

        String token = PasswordResetIT.token(resets.requestReset(email).orElseThrow());
        resets.reset(token, "Nach-der-Sperre-2027", "Nach-der-Sperre-2027");
        assertThat(lockedUntil(email)).isNull();
        assertThat(browser.signIn(email, "Nach-der-Sperre-2027")).isTrue();
        assertThat(SignedIn.as(userDetails, ADAM, () -> administration.get(id).lockedUntil()))
                .isNull();
    }

    @Test
    void the_administrator_lifts_a_lock() throws Exception {
        PortalBrowser browser = new PortalBrowser(port);
        fail(browser, email, throttle.lockAfter());
        assertThat(browser.signIn(email, password)).isFalse();
        long id = ((PortalUser) userDetails.loadUserByUsername(email)).accountId();

        AccountRow row = SignedIn.as(userDetails, ADAM, () -> administration.liftSignInLock(id));

        assertThat(row.lockedUntil()).isNull();
        assertThat(lockedUntil(email)).isNull();
        assertThat(browser.signIn(email, password)).isTrue();
    }

    @Test
    void an_address_without_an_account_is_refused_exactly_like_a_locked_one() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        PortalBrowser browser = new PortalBrowser(port);
        fail(browser, nobody, throttle.lockAfter());
        fail(browser, email, throttle.lockAfter());

        assertThat(throttle.refusal(nobody, null)).isEqualTo(throttle.refusal(email, null));
        assertThat(throttle.refusal(nobody, null)).contains(SignInRefused.LOCKED);
        var forNobody = browser.postLogin(PortalBrowser.form(nobody, WRONG) + "&" + browser.csrfField(), null);
        var forLocked = browser.postLogin(PortalBrowser.form(email, WRONG) + "&" + browser.csrfField(), null);
        assertThat(forNobody.statusCode()).isEqualTo(forLocked.statusCode());
        assertThat(forNobody.headers().firstValue("location"))
                .isEqualTo(forLocked.headers().firstValue("location"));
    }

    @Test
    void a_client_address_with_too_many_failures_is_refused_for_every_account() {
        String client = "198.51.100." + (int) (Math.random() * 250);
        jdbc.update("DELETE FROM security_attempt WHERE subject = ?", client);
        for (int i = 0; i < throttle.perAddress(); i++) {
            throttle.failed("someone-" + i + "-" + UUID.randomUUID() + "@example.org", client);
        }
        assertThat(throttle.refusal(email, client)).contains(SignInRefused.ADDRESS);
        assertThat(throttle.refusal(email, "198.51.100.251")).isEmpty();
        jdbc.update("DELETE FROM security_attempt WHERE subject = ?", client);
    }

    private void fromClient(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static void refusedAsTooMany(Runnable action) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(RegistrationRejected.Problem::messageKey)
                                .containsExactly(Attempts.TOO_MANY));
    }

    @Test
    void registration_forgot_password_and_password_links_are_limited_per_client_address() {
        fromClient("client-" + UUID.randomUUID());
        RegistrationForm broken = RegistrationIT.form("");
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> registrations.register(broken)).isInstanceOf(RegistrationRejected.class);
        }
        refusedAsTooMany(() -> registrations.register(RegistrationIT.form(RegistrationIT.uniqueEmail())));

        fromClient("client-" + UUID.randomUUID());
        for (int i = 0; i < 20; i++) {
            assertThat(resets.requestReset("nobody-" + i + "@example.org")).isEmpty();
        }
        refusedAsTooMany(() -> resets.requestReset(email));

        fromClient("client-" + UUID.randomUUID());
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> resets.reset("made-up", "Nowe-haslo-2027", "Nowe-haslo-2027"))
                    .isInstanceOf(RegistrationRejected.class);
            assertThatThrownBy(() -> links.setPassword("made-up", "Nowe-haslo-2027"))
                    .isInstanceOfSatisfying(
                            UserAdministrationRefused.class,
                            r -> assertThat(r.messageKey()).isEqualTo("security.password-link.invalid"));
        }
        refusedAsTooMany(() -> resets.reset("made-up", "Nowe-haslo-2027", "Nowe-haslo-2027"));
        assertThatThrownBy(() -> links.setPassword("made-up", "Nowe-haslo-2027"))
                .isInstanceOfSatisfying(
                        UserAdministrationRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo(Attempts.TOO_MANY));

        fromClient("client-" + UUID.randomUUID());
        assertThat(resets.requestReset(email))
                .as("another client is not limited")
                .isPresent();
    }

    @Test
    void the_account_pages_current_password_check_is_limited_per_account() {
        users.signIn(email);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> profiles.changePassword(WRONG, "Nowe-haslo-2027", "Nowe-haslo-2027"))
                    .isInstanceOfSatisfying(
                            RegistrationRejected.class,
                            r -> assertThat(r.problems())
                                    .extracting(RegistrationRejected.Problem::messageKey)
                                    .containsExactly("security.account.current-password-wrong"));
        }
        assertThatThrownBy(() -> profiles.changePassword(password, "Nowe-haslo-2027", "Nowe-haslo-2027"))
                .as("even the right password is not checked any more")
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(RegistrationRejected.Problem::messageKey)
                                .containsExactly("security.throttle.current-password"));
    }
}
