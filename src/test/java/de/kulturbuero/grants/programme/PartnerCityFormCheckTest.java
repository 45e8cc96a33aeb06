package de.kulturbuero.grants.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PartnerCityFormCheckTest {

    static PartnerCityForm poznan() {
        PartnerCityForm f = new PartnerCityForm();
        f.setName("Poznań");
        f.setCountry("Poland");
        f.setPartnerSince(1979);
        f.setLatitude(new BigDecimal("52.4064"));
        f.setLongitude(new BigDecimal("16.9252"));
        return f;
    }

    private static java.util.List<String> fields(PartnerCityForm f) {
        return PartnerCityFormCheck.problems(f, 2026).stream()
                .map(ProgrammeDataRejected.Problem::field)
                .toList();
    }

    @Test
    void a_complete_city_has_no_problems() {
        assertThat(fields(poznan())).isEmpty();
    }

    @Test
    void a_name_or_country_with_a_line_break_or_a_direction_override_is_refused_at_its_field() {
        PartnerCityForm f = poznan();
        f.setName("Poznań\r\n");
        f.setCountry("Poland\u202E");
        assertThat(PartnerCityFormCheck.problems(f, 2026))
                .extracting(ProgrammeDataRejected.Problem::field, ProgrammeDataRejected.Problem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "name", de.kulturbuero.grants.shared.text.SingleLineText.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(
                                "country", de.kulturbuero.grants.shared.text.SingleLineText.REFUSED));
    }

    @Test
    void coordinates_must_lie_on_the_globe() {
        PartnerCityForm f = poznan();
        f.setLatitude(new BigDecimal("90.5"));
        f.setLongitude(new BigDecimal("-180.01"));
        assertThat(fields(f)).containsExactly("latitude", "longitude");
        f.setLatitude(new BigDecimal("-90"));
        f.setLongitude(new BigDecimal("180"));
        assertThat(fields(f)).isEmpty();
    }

    @Test
    void coordinates_with_more_than_six_decimals_do_not_fit_the_column() {
        PartnerCityForm f = poznan();
        f.setLatitude(new BigDecimal("52.1234567"));
        assertThat(fields(f)).containsExactly("latitude");
    }

    @Test
    void the_partnership_cannot_start_in_the_future() {
        PartnerCityForm f = poznan();
        f.setPartnerSince(2027);
        assertThat(fields(f)).containsExactly("partnerSince");
    }
}
