package de.kulturbuero.grants.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Distances from Hannover (52.3759 N, 9.7320 E) to the twin cities, as the funding rules lists them. */
class GreatCircleTest {

    @ParameterizedTest(name = "{0} is about {3} km from Hannover")
    @CsvSource({
        "Bristol,   51.4545,  -2.5879,  850",
        "Perpignan, 42.6986,   2.8956, 1191",
        "Rouen,     49.4431,   1.0993,  687",
        "Blantyre, -15.7861,  35.0058, 7961",
        "Poznan,    52.4064,  16.9252,  488",
        "Hiroshima, 34.3853, 132.4553, 8887",
        "Leipzig,   51.3397,  12.3731,  215"
    })
    void distance_from_hannover_matches_the_published_figure(String city, double lat, double lon, long km) {
        assertThat(GreatCircle.kilometres(52.3759, 9.7320, lat, lon)).isCloseTo(km, within(3.0));
    }

    @ParameterizedTest(name = "same point")
    @CsvSource({"52.3759, 9.7320"})
    void a_point_is_zero_km_from_itself(double lat, double lon) {
        assertThat(GreatCircle.kilometres(lat, lon, lat, lon)).isZero();
    }
}
