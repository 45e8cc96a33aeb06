package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.shared.text.SingleLineText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account's one-line entries (name, organisation, address) refuse line breaks and direction
 * overrides at their field, in the registration and in the profile, and nothing is saved.
 */
@IntegrationTest
class AccountSingleLineIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    ProfileService profiles;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_registration_with_a_line_break_or_a_direction_override_is_refused_at_its_fields() {
        String email = RegistrationIT.uniqueEmail();
        RegistrationForm form = RegistrationIT.form(email);
        form.setName("Anna Meyer\r\nBcc: x@example.org");
        form.setOrganisation("Kulturverein\u202Enier");

        assertThatThrownBy(() -> registrations.register(form))
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .filteredOn(p -> p.messageKey().equals(SingleLineText.REFUSED))
                                .extracting(RegistrationRejected.Problem::field)
                                .containsExactlyInAnyOrder("name", "organisation"));

        // nothing saved: the address can still register
        registrations.register(RegistrationIT.form(email));
    }

    @Test
    void a_profile_with_a_line_break_is_refused_at_its_field_and_stays_as_it_was() {
        String email = RegistrationIT.uniqueEmail();
        registrations.register(RegistrationIT.form(email));
        users.signIn(email);
        ProfileService.Profile p = profiles.profile();
        String city = p.getCity();
        p.setCity("Hannover\nBcc: x@example.org");
        p.setStreet("Lindenweg\u2066 3");

        assertThatThrownBy(() -> profiles.updateProfile(p))
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(
                                        RegistrationRejected.Problem::field, RegistrationRejected.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("city", SingleLineText.REFUSED),
                                        org.assertj.core.groups.Tuple.tuple("street", SingleLineText.REFUSED)));
        assertThat(profiles.profile().getCity()).isEqualTo(city);
    }
}
