package de.kulturbuero.grants.security;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.shared.SignedIn;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A lock, a role change and a password change or reset end the person's other sessions at once:
 * two sessions of one account over real HTTP, both signed out on their next request; the session
 * in which the person changed their own password stays, and a request for a {@code /VAADIN/}
 * resource ends an old session too (through the real filter chain with MockMvc).
 */
@IntegrationTest
class SessionEndIT {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    PasswordResetService resets;

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

    @Autowired
    WebApplicationContext context;

    private String email;
    private String password;
    private long id;
    private PortalBrowser first;
    private PortalBrowser second;

    @BeforeEach
    void twoSessionsOfOneAccount() throws Exception {
        email = RegistrationIT.uniqueEmail();
        RegistrationForm form = RegistrationIT.form(email);
        password = form.getPassword();
        registrations.register(form);
        id = ((PortalUser) userDetails.loadUserByUsername(email)).accountId();
        first = new PortalBrowser(port);
        second = new PortalBrowser(port);
        assertThat(first.signIn(email, password)).isTrue();
        assertThat(second.signIn(email, password)).isTrue();
        assertThat(first.signedIn()).isTrue();
        assertThat(second.signedIn()).isTrue();
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM security_attempt WHERE kind = 'SIGN_IN_ADDRESS'");
        RequestContextHolder.resetRequestAttributes();
        TestUsers.signOut();
    }

    @Test
    void a_role_change_by_the_administrator_ends_both_sessions() throws Exception {
        SignedIn.run(userDetails, ADAM, () -> administration.setRoles(id, Set.of(Roles.APPLICANT, Roles.CLERK)));

        assertThat(first.signedIn()).isFalse();
        assertThat(second.signedIn()).isFalse();
        assertThat(first.signIn(email, password)).as("a new sign-in works").isTrue();
        assertThat(first.signedIn()).isTrue();
    }

    @Test
    void a_password_reset_ends_both_sessions() throws Exception {
        String token = PasswordResetIT.token(resets.requestReset(email).orElseThrow());
        resets.reset(token, "Neues-Passwort-2027", "Neues-Passwort-2027");

        assertThat(first.signedIn()).isFalse();
        assertThat(second.signedIn()).isFalse();
        assertThat(first.signIn(email, "Neues-Passwort-2027")).isTrue();
    }

    @Test
    void a_lock_by_the_administrator_and_a_lock_after_failed_sign_ins_end_the_sessions() throws Exception {
        PortalBrowser attacker = new PortalBrowser(port);
        for (int i = 0; i < throttle.lockAfter(); i++) {
            attacker.signIn(email, "guess-" + i);
            jdbc.update(
                    "UPDATE security_attempt SET attempted_at = attempted_at - INTERVAL ? SECOND WHERE subject = ?",
                    throttle.maxDelay().toSeconds() + 1,
                    email);
        }
        assertThat(first.signedIn()).as("the sign-in lock ended the session").isFalse();

        SignedIn.run(userDetails, ADAM, () -> administration.liftSignInLock(id));
        assertThat(first.signIn(email, password)).isTrue();
        SignedIn.run(userDetails, ADAM, () -> administration.setLocked(id, true));
        assertThat(first.signedIn()).isFalse();
        assertThat(second.signedIn()).isFalse();
    }

    private MockHttpSession signedInSession() {
        UserDetails user = userDetails.loadUserByUsername(email);
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        return session;
    }

    @Test
    void a_password_change_keeps_the_session_it_was_made_in_and_ends_the_other_also_on_a_vaadin_request()
            throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        MockHttpSession mine = signedInSession();
        MockHttpSession other = signedInSession();

        // the change is made in a request of the first session (as the account page's would be)
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(mine);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        users.signIn(email);
        profiles.changePassword(password, "Ganz-anderes-Passwort-9", "Ganz-anderes-Passwort-9");
        RequestContextHolder.resetRequestAttributes();
        TestUsers.signOut();

        mvc.perform(get("/VAADIN/no-such-resource.js").session(other));
        assertThat(other.isInvalid())
                .as("the other session ended on a /VAADIN/ request")
                .isTrue();
        mvc.perform(get("/actuator/health").session(mine));
        assertThat(mine.isInvalid())
                .as("the session that changed the password stays")
                .isFalse();
        assertThat(first.signedIn()).as("the sessions over HTTP ended too").isFalse();
        assertThat(second.signedIn()).isFalse();
    }
}
