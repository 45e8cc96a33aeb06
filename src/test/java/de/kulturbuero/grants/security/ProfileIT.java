package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An applicant edits the profile and changes the password; the language sticks to the account. */
@IntegrationTest
class ProfileIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    ProfileService profiles;

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

    String registered() {
        String email = RegistrationIT.uniqueEmail();
        registrations.register(RegistrationIT.form(email));
        users.signIn(email);
        return email;
    }

    @Test
    void the_profile_is_edited_and_the_language_sticks_to_the_account() {
        String email = registered();
        ProfileService.Profile p = profiles.profile();
        assertThat(p.getCity()).isEqualTo("Hannover");
        p.setCity("Poznań");
        p.setLanguage("de");
        profiles.updateProfile(p);

        assertThat(profiles.profile().getCity()).isEqualTo("Poznań");
        assertThat(((PortalUser) userDetails.loadUserByUsername(email)).preferredLanguage())
                .isEqualTo("de");
    }

    @Test
    void the_password_changes_only_with_the_right_current_password_and_a_good_new_one() {
        String email = registered();
        assertThatThrownBy(() -> profiles.changePassword("wrong-password-1", "Nowe-haslo-2027", "Nowe-haslo-2027"))
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(RegistrationRejected.Problem::messageKey)
                                .containsExactly("security.account.current-password-wrong"));
        assertThatThrownBy(() -> profiles.changePassword("Bardzo-tajne-7", "short", "short"))
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(RegistrationRejected.Problem::messageKey)
                                .containsExactly("security.password.too-short"));

        profiles.changePassword("Bardzo-tajne-7", "Nowe-haslo-2027", "Nowe-haslo-2027");

        String hash = userDetails.loadUserByUsername(email).getPassword();
        assertThat(passwordEncoder.matches("Nowe-haslo-2027", hash)).isTrue();
        assertThat(passwordEncoder.matches("Bardzo-tajne-7", hash)).isFalse();
    }
}
