package de.kulturbuero.grants.programme;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static de.kulturbuero.grants.shared.SignedIn.HANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.shared.SignedIn;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Partner cities as the office edits them: computed distance, active flag, validation, admin only. */
@IntegrationTest
class PartnerCityAdministrationIT {

    private final PartnerCityAdministration administration;
    private final ProgrammeService programmes;
    private final UserDetailsService users;

    @Autowired
    PartnerCityAdministrationIT(
            PartnerCityAdministration administration, ProgrammeService programmes, UserDetailsService users) {
        this.administration = administration;
        this.programmes = programmes;
        this.users = users;
    }

    @Test
    void a_new_city_gets_its_distance_from_the_coordinates_and_an_inactive_one_is_not_offered() {
        PartnerCityForm form = PartnerCityFormCheckTest.poznan();
        form.setName("Twin of Poznań " + System.nanoTime());
        PartnerCityOverview saved = SignedIn.as(users, ADAM, () -> administration.save(form));

        // the funding rules: Poznań lies about 488 km from Hannover
        assertThat(saved.distanceKm()).isBetween(486L, 490L);
        assertThat(programmes.activePartnerCities())
                .extracting(PartnerCitySummary::id)
                .contains(saved.id());

        SignedIn.run(users, ADAM, () -> administration.setActive(saved.id(), false));
        assertThat(programmes.activePartnerCities())
                .extracting(PartnerCitySummary::id)
                .doesNotContain(saved.id());
        assertThat(programmes.partnerCity(saved.id())).isPresent();
    }

    @Test
    void coordinates_off_the_globe_and_a_taken_name_are_refused() {
        PartnerCityForm form = PartnerCityFormCheckTest.poznan();
        form.setName("bristol");
        form.setLatitude(new BigDecimal("123.0"));
        assertThatThrownBy(() -> SignedIn.run(users, ADAM, () -> administration.save(form)))
                .isInstanceOfSatisfying(
                        ProgrammeDataRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ProgrammeDataRejected.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        "programme.city.validation.latitude", "programme.city.validation.name-taken"));
    }

    @Test
    void only_an_admin_may_edit_partner_cities() {
        PartnerCityForm form = PartnerCityFormCheckTest.poznan();
        form.setName("Not by the head " + System.nanoTime());
        assertThatThrownBy(() -> SignedIn.run(users, HANNA, () -> administration.save(form)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
