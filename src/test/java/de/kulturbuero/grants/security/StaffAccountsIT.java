package de.kulturbuero.grants.security;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.shared.SignedIn;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Officers signing in through the city's identity provider: the account the portal keeps for them,
 * roles from the provider's groups (test mapping: kulturbuero-sachbearbeitung → CLERK,
 * kulturbuero-fachreferat → REVIEWER, see {@code TestIdentityProviderInitializer}), and the cases
 * the portal refuses. The whole redirect dance through a real provider is in {@code StaffSignInJourneyIT}.
 */
@IntegrationTest
class StaffAccountsIT {

    private static final String PROVIDER = "city";
    private static final List<String> CLERKS = List.of("kulturbuero-sachbearbeitung", "alle-beschaeftigten");
    private static final List<String> REVIEWERS = List.of("kulturbuero-fachreferat");

    private final StaffAccounts staffAccounts;
    private final UserAdministration administration;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final MockMvc mvc;

    @Autowired
    StaffAccountsIT(
            StaffAccounts staffAccounts,
            UserAdministration administration,
            UserDetailsService users,
            JdbcTemplate jdbc,
            WebApplicationContext context) {
        this.staffAccounts = staffAccounts;
        this.administration = administration;
        this.users = users;
        this.jdbc = jdbc;
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static String unique(String who) {
        return who + "." + System.nanoTime();
    }

    private static ExternalIdentity identity(String subject, String email, boolean verified, List<String> groups) {
        return new ExternalIdentity(PROVIDER, subject, email, verified, "Kim Kulturamt", "en-GB", groups);
    }

    @Test
    void the_first_sign_in_creates_an_office_account_whose_roles_follow_the_providers_groups_at_every_sign_in() {
        String subject = unique("sub");
        String email = subject + "@stadt.example";

        PortalUser first = staffAccounts.signIn(identity(subject, email, true, CLERKS));
        assertThat(first.getUsername()).isEqualTo(email);
        assertThat(first.displayName()).isEqualTo("Kim Kulturamt");
        assertThat(first.preferredLanguage()).isEqualTo("en");
        assertThat(first.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_CLERK");
        assertThat(jdbc.queryForObject(
                        "SELECT identity_provider FROM account WHERE id = ?", String.class, first.accountId()))
                .isEqualTo(PROVIDER);

        PortalUser again = staffAccounts.signIn(identity(subject, email, true, REVIEWERS));
        assertThat(again.accountId()).as("one account per provider subject").isEqualTo(first.accountId());
        assertThat(again.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_REVIEWER");

        String renamed = unique("renamed") + "@stadt.example";
        assertThat(staffAccounts
                        .signIn(identity(subject, renamed, true, REVIEWERS))
                        .getUsername())
                .as("a changed address at the provider follows")
                .isEqualTo(renamed);
    }

    @Test
    void an_account_of_the_provider_has_no_password_here_and_its_roles_are_not_edited_in_the_portal() {
        String subject = unique("sub");
        PortalUser officer = staffAccounts.signIn(identity(subject, subject + "@stadt.example", true, CLERKS));

        assertThatThrownBy(() -> users.loadUserByUsername(officer.getUsername()))
                .as("no login with a local password")
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(
                        users, ADAM, () -> administration.setRoles(officer.accountId(), Set.of(Roles.HEAD))))
                .isInstanceOfSatisfying(
                        UserAdministrationRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.admin.error.external-roles"));
        assertThatThrownBy(() -> SignedIn.run(users, ADAM, () -> administration.resetPassword(officer.accountId())))
                .isInstanceOfSatisfying(
                        UserAdministrationRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.admin.error.external-password"));
        assertThat(SignedIn.as(users, ADAM, () -> administration.get(officer.accountId()))
                        .identityProvider())
                .isEqualTo(PROVIDER);
    }

    @Test
    void a_member_of_no_mapped_group_is_refused_and_gets_no_account() {
        String subject = unique("sub");
        String email = subject + "@stadt.example";
        assertThatThrownBy(() -> staffAccounts.signIn(identity(subject, email, true, List.of("stadtbibliothek"))))
                .isInstanceOfSatisfying(
                        StaffSignInRefused.class, e -> assertThat(e.reason()).isEqualTo(StaffSignInRefused.NO_ROLE));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void an_applicants_account_is_never_taken_over_by_a_provider_naming_the_same_address() {
        long before = ((PortalUser) users.loadUserByUsername(SignedIn.ANNA)).accountId();
        assertThatThrownBy(() -> staffAccounts.signIn(identity(unique("sub"), "ANNA@example.org", true, CLERKS)))
                .isInstanceOfSatisfying(
                        StaffSignInRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(StaffSignInRefused.EMAIL_TAKEN));
        PortalUser anna = (PortalUser) users.loadUserByUsername(SignedIn.ANNA);
        assertThat(anna.accountId()).isEqualTo(before);
        assertThat(anna.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_APPLICANT");
    }

    @Test
    void an_invited_officer_moves_to_the_provider_only_with_an_address_the_provider_verified() {
        String email = unique("invited") + "@stadt.example";
        long invited = SignedIn.as(
                        users, ADAM, () -> administration.invite(email, "Invited", Set.of(Roles.CLERK), "de"))
                .accountId();

        assertThatThrownBy(() -> staffAccounts.signIn(identity(unique("sub"), email, false, CLERKS)))
                .isInstanceOfSatisfying(
                        StaffSignInRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(StaffSignInRefused.EMAIL_TAKEN));

        PortalUser moved = staffAccounts.signIn(identity(unique("sub"), email, true, REVIEWERS));
        assertThat(moved.accountId())
                .as("the invited account, with its history")
                .isEqualTo(invited);
        assertThat(moved.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_REVIEWER");
        assertThatThrownBy(() -> users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void a_lock_set_in_the_portal_refuses_the_next_sign_in_and_ends_the_open_session() throws Exception {
        String subject = unique("sub");
        PortalUser officer = staffAccounts.signIn(identity(subject, subject + "@stadt.example", true, CLERKS));
        MockHttpSession session = signedInSession(officer);

        // another sign-in (say, on a second computer) brings new groups: this session gets them on its next request
        staffAccounts.signIn(identity(subject, subject + "@stadt.example", true, REVIEWERS));
        mvc.perform(get("/actuator/health").session(session));
        Authentication refreshed = authentication(session);
        assertThat(refreshed).as("still a provider sign-in").isInstanceOf(OAuth2AuthenticationToken.class);
        assertThat(refreshed.getPrincipal()).isInstanceOf(OidcPortalUser.class);
        assertThat(refreshed.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_REVIEWER")
                .doesNotContain("ROLE_CLERK");

        SignedIn.run(users, ADAM, () -> administration.setLocked(officer.accountId(), true));
        assertThatThrownBy(() -> staffAccounts.signIn(identity(subject, subject + "@stadt.example", true, CLERKS)))
                .isInstanceOfSatisfying(
                        StaffSignInRefused.class, e -> assertThat(e.reason()).isEqualTo(StaffSignInRefused.LOCKED));
        mvc.perform(get("/actuator/health").session(session));
        assertThat(session.isInvalid()).isTrue();
    }

    private static MockHttpSession signedInSession(PortalUser account) {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
                .subject("s")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
        OidcPortalUser principal = new OidcPortalUser(account, account.getAuthorities(), idToken, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(principal, principal.getAuthorities(), PROVIDER));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    private static Authentication authentication(MockHttpSession session) {
        return ((SecurityContext)
                        session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .getAuthentication();
    }
}
