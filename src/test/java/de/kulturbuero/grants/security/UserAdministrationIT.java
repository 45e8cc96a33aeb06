package de.kulturbuero.grants.security;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.shared.SignedIn;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** User administration: invitations, last-admin protection, and changes that bite on the next request. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UserAdministrationIT {

    private final UserAdministration administration;
    private final PasswordLinks links;
    private final UserDetailsService users;
    private final PasswordEncoder passwordEncoder;
    private final MockMvc mvc;

    @Autowired
    UserAdministrationIT(
            UserAdministration administration,
            PasswordLinks links,
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            WebApplicationContext context) {
        this.administration = administration;
        this.links = links;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static String uniqueEmail(String who) {
        return who + "." + System.nanoTime() + "@example.org";
    }

    @Test
    void a_name_with_a_line_break_or_a_direction_override_is_refused() {
        for (String name : new String[] {"Clerk\r\nBcc: x@example.org", "Clerk\u202Ekrelc"}) {
            assertThatThrownBy(() -> SignedIn.as(
                            users,
                            ADAM,
                            () -> administration.invite(uniqueEmail("named"), name, Set.of(Roles.CLERK), "en")))
                    .isInstanceOfSatisfying(
                            UserAdministrationRefused.class,
                            r -> assertThat(r.messageKey())
                                    .isEqualTo(de.kulturbuero.grants.shared.text.SingleLineText.REFUSED));
        }
    }

    @Test
    void an_invited_officer_sets_a_password_through_the_link_which_never_reaches_the_log(CapturedOutput output) {
        String email = uniqueEmail("invited");
        UserAdministration.LinkSent sent = SignedIn.as(
                users, ADAM, () -> administration.invite(email, "Invited Clerk", Set.of(Roles.CLERK), "en"));

        String token = sent.link().substring(sent.link().lastIndexOf('/') + 1);
        // without a mail host the mail is noted as not sent; the one-time link would let a log reader in
        assertThat(output.getOut()).contains("MAIL NOT SENT", email).doesNotContain(sent.link(), token);
        assertThat(links.emailFor(token)).contains(email);
        assertThatThrownBy(() -> links.setPassword(token, "short")).isInstanceOf(UserAdministrationRefused.class);

        links.setPassword(token, "a long enough secret");
        UserDetails user = users.loadUserByUsername(email);
        assertThat(passwordEncoder.matches("a long enough secret", user.getPassword()))
                .isTrue();
        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_CLERK");
        assertThat(links.emailFor(token)).as("a link works once").isEmpty();
    }

    @Test
    void the_last_active_admin_can_neither_lose_the_role_nor_be_locked() {
        long adam = ((PortalUser) users.loadUserByUsername(ADAM)).accountId();
        assertThatThrownBy(() -> SignedIn.run(users, ADAM, () -> administration.setRoles(adam, Set.of(Roles.CLERK))))
                .isInstanceOfSatisfying(
                        UserAdministrationRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.admin.error.last-admin"));

        String second = uniqueEmail("second.admin");
        long secondId = SignedIn.as(
                        users, ADAM, () -> administration.invite(second, "Second Admin", Set.of(Roles.ADMIN), "de"))
                .accountId();
        // with two admins, one of them may lose the role
        SignedIn.run(users, ADAM, () -> administration.setRoles(secondId, Set.of(Roles.HEAD)));
        assertThat(SignedIn.as(users, ADAM, () -> administration.get(secondId)).roles())
                .containsExactly(Roles.HEAD);
        assertThatThrownBy(() -> SignedIn.run(users, ADAM, () -> administration.setLocked(adam, true)))
                .isInstanceOf(UserAdministrationRefused.class);
    }

    @Test
    void only_an_admin_may_administer_users() {
        assertThatThrownBy(() -> SignedIn.run(users, SignedIn.HANNA, () -> administration.search("", 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searching_finds_accounts_by_part_of_the_email_or_name() {
        assertThat(SignedIn.as(users, ADAM, () -> administration.search("CLARA", 0, 50)))
                .extracting(AccountRow::email)
                .containsExactly("clara@example.org");
        assertThat(SignedIn.as(users, ADAM, () -> administration.count("leitung")))
                .isEqualTo(1);
    }

    @Test
    void a_role_change_and_a_lock_end_the_session_on_the_next_request_of_a_signed_in_user() throws Exception {
        String email = uniqueEmail("officer");
        long id = SignedIn.as(users, ADAM, () -> administration.invite(email, "Officer", Set.of(Roles.CLERK), "de"))
                .accountId();
        MockHttpSession session = signedInSession(email);

        mvc.perform(get("/actuator/health").session(session));
        assertThat(roles(session)).containsExactly("ROLE_CLERK");

        SignedIn.run(users, ADAM, () -> administration.setRoles(id, Set.of(Roles.REVIEWER)));
        assertThat(roles(session)).as("not before the next request").containsExactly("ROLE_CLERK");
        mvc.perform(get("/actuator/health").session(session));
        assertThat(session.isInvalid())
                .as("a role change signs the person out on the next request")
                .isTrue();
        MockHttpSession again = signedInSession(email);
        mvc.perform(get("/actuator/health").session(again));
        assertThat(roles(again)).containsExactly("ROLE_REVIEWER");

        session = signedInSession(email);
        SignedIn.run(users, ADAM, () -> administration.setLocked(id, true));
        mvc.perform(get("/actuator/health").session(session));
        assertThat(session.isInvalid())
                .as("a locked user is signed out on the next request")
                .isTrue();
    }

    private MockHttpSession signedInSession(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    private static List<String> roles(MockHttpSession session) {
        Authentication auth = ((SecurityContext)
                        session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .getAuthentication();
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }
}
