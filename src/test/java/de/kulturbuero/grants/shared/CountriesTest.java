package de.kulturbuero.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.shared.i18n.Countries;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Partner cities' countries follow the UI language, whether stored in English, German or as a code. */
class CountriesTest {

    @Test
    void the_seeded_english_names_are_shown_in_german_and_english() {
        assertThat(Countries.display("United Kingdom", Locale.GERMAN)).isEqualTo("Vereinigtes Königreich");
        assertThat(Countries.display("France", Locale.GERMAN)).isEqualTo("Frankreich");
        assertThat(Countries.display("Poland", Locale.GERMAN)).isEqualTo("Polen");
        assertThat(Countries.display("Japan", Locale.GERMAN)).isEqualTo("Japan");
        assertThat(Countries.display("Germany", Locale.GERMAN)).isEqualTo("Deutschland");
        assertThat(Countries.display("Malawi", Locale.ENGLISH)).isEqualTo("Malawi");
        assertThat(Countries.display("France", Locale.ENGLISH)).isEqualTo("France");
    }

    @Test
    void german_names_and_codes_are_recognised_too() {
        assertThat(Countries.display("Frankreich", Locale.ENGLISH)).isEqualTo("France");
        assertThat(Countries.display(" polen ", Locale.ENGLISH)).isEqualTo("Poland");
        assertThat(Countries.display("GB", Locale.ENGLISH)).isEqualTo("United Kingdom");
    }

    @Test
    void an_unknown_name_stays_as_typed() {
        assertThat(Countries.display("Freie Hansestadt Atlantis", Locale.ENGLISH))
                .isEqualTo("Freie Hansestadt Atlantis");
        assertThat(Countries.display("", Locale.GERMAN)).isEmpty();
        assertThat(Countries.display(null, Locale.GERMAN)).isNull();
    }
}
