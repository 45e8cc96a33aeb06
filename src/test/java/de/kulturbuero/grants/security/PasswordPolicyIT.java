package de.kulturbuero.grants.security;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.shared.SignedIn;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password rule at every place a password is set: registration, the account page, the
 * "forgot password" link and the officers' set-password link. A password over bcrypt's 72 bytes
 * (36 "ä" and one letter more) is refused with its message instead of failing in the encoder; a
 * common password is refused; exactly 72 bytes work.
 */
@IntegrationTest
class PasswordPolicyIT {

    static final String BYTES_72 = "ä".repeat(36);
    static final String BYTES_73 = "ä".repeat(36) + "a";
    static final String COMMON = "1QAZ2wsx3EDC";

    @Autowired
    RegistrationService registrations;

    @Autowired
    ProfileService profiles;

    @Autowired
    PasswordResetService resets;

    @Autowired
    UserAdministration administration;

    @Autowired
    PasswordLinks links;

    @Autowired
    TestUsers users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static void refusedByRegistration(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(RegistrationRejected.Problem::messageKey)
                                .containsExactly(key));
    }

    private boolean passwordIs(String email, String password) {
        return passwordEncoder.matches(
                password, userDetails.loadUserByUsername(email).getPassword());
    }

    @Test
    void registration() {
        for (String[] c :
                new String[][] {{BYTES_73, "security.password.too-long"}, {COMMON, "security.password.common"}}) {
            RegistrationForm f = RegistrationIT.form(RegistrationIT.uniqueEmail());
            f.setPassword(c[0]);
            f.setPasswordRepeat(c[0]);
            refusedByRegistration(() -> registrations.register(f), c[1]);
        }
        RegistrationForm ok = RegistrationIT.form(RegistrationIT.uniqueEmail());
        ok.setPassword(BYTES_72);
        ok.setPasswordRepeat(BYTES_72);
        registrations.register(ok);
        assertThat(passwordIs(ok.getEmail(), BYTES_72)).isTrue();
    }

    @Test
    void the_account_page() {
        String email = RegistrationIT.uniqueEmail();
        registrations.register(RegistrationIT.form(email));
        users.signIn(email);
        String current = RegistrationIT.form(email).getPassword();

        refusedByRegistration(() -> profiles.changePassword(current, BYTES_73, BYTES_73), "security.password.too-long");
        refusedByRegistration(() -> profiles.changePassword(current, COMMON, COMMON), "security.password.common");
        profiles.changePassword(current, BYTES_72, BYTES_72);
        assertThat(passwordIs(email, BYTES_72)).isTrue();
    }

    @Test
    void the_forgot_password_link() {
        String email = RegistrationIT.uniqueEmail();
        registrations.register(RegistrationIT.form(email));
        String token = PasswordResetIT.token(resets.requestReset(email).orElseThrow());

        refusedByRegistration(() -> resets.reset(token, BYTES_73, BYTES_73), "security.password.too-long");
        refusedByRegistration(() -> resets.reset(token, COMMON, COMMON), "security.password.common");
        resets.reset(token, BYTES_72, BYTES_72);
        assertThat(passwordIs(email, BYTES_72)).isTrue();
    }

    @Test
    void the_officers_set_password_link() {
        String email = "policy." + System.nanoTime() + "@example.org";
        UserAdministration.LinkSent sent = SignedIn.as(
                userDetails, ADAM, () -> administration.invite(email, "Policy Clerk", Set.of(Roles.CLERK), "de"));
        String token = sent.link().substring(sent.link().lastIndexOf('/') + 1);

        Consumer<String[]> refused = c -> assertThatThrownBy(() -> links.setPassword(token, c[0]))
                .isInstanceOfSatisfying(
                        UserAdministrationRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo(c[1]));
        refused.accept(new String[] {"elf-Zeichen", "security.password.too-short"});
        refused.accept(new String[] {BYTES_73, "security.password.too-long"});
        refused.accept(new String[] {COMMON, "security.password.common"});
        refused.accept(new String[] {"policy." + email, "security.password.contains-email"});
        links.setPassword(token, BYTES_72);
        assertThat(passwordIs(email, BYTES_72)).isTrue();
    }
}
