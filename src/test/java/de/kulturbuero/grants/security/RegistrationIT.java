package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.security.RegistrationRejected.Problem;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Self-registration on MariaDB: an applicant account with address and consent; clear refusals otherwise. */
@IntegrationTest
class RegistrationIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    static RegistrationForm form(String email) {
        RegistrationForm f = new RegistrationForm();
        f.setName("Zofia Kowalska");
        f.setEmail(email);
        f.setPassword("Bardzo-tajne-7");
        f.setPasswordRepeat("Bardzo-tajne-7");
        f.setOrganisation("Polnisch-Deutscher Chor e.V.");
        f.setOrganisationType(OrganisationType.ASSOCIATION);
        f.setStreet("Lindener Marktplatz 1");
        f.setPostcode("30449");
        f.setCity("Hannover");
        f.setCountry("Deutschland");
        f.setLanguage("en");
        f.setPrivacyAccepted(true);
        return f;
    }

    static String uniqueEmail() {
        return "zofia-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void a_new_applicant_registers_and_can_sign_in_as_applicant_in_the_chosen_language() {
        String email = uniqueEmail();
        long id = registrations.register(form(email));

        PortalUser user = (PortalUser) users.loadUserByUsername(email);
        assertThat(user.accountId()).isEqualTo(id);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_APPLICANT");
        assertThat(user.preferredLanguage()).isEqualTo("en");
        assertThat(passwordEncoder.matches("Bardzo-tajne-7", user.getPassword()))
                .isTrue();
        Map<String, Object> row =
                jdbc.queryForMap("SELECT organisation_type, city, privacy_accepted_at FROM account WHERE id = ?", id);
        assertThat(row.get("organisation_type")).isEqualTo("ASSOCIATION");
        assertThat(row.get("city")).isEqualTo("Hannover");
        assertThat(row.get("privacy_accepted_at")).isNotNull();
    }

    @Test
    void a_taken_email_address_is_answered_like_a_new_one_and_makes_no_second_account() {
        String email = uniqueEmail();
        registrations.register(form(email));

        assertThat(registrations.register(form(email.toUpperCase())))
                .as("no error that would tell the address has an account")
                .isZero();
        assertThat(registrations.register(form("anna@example.org"))).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM account WHERE LOWER(email) = LOWER(?)", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void a_weak_password_a_mismatch_and_missing_consent_are_all_reported() {
        RegistrationForm f = form(uniqueEmail());
        f.setPassword("short1");
        f.setPasswordRepeat("short2");
        f.setPrivacyAccepted(false);
        f.setCity(" ");
        assertThatThrownBy(() -> registrations.register(f))
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(Problem::messageKey)
                                .containsExactly(
                                        "security.password.too-short",
                                        "security.register.password-mismatch",
                                        "security.register.city-required",
                                        "security.register.privacy-required"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = ?", Integer.class, f.getEmail()))
                .isZero();
    }
}
