package de.kulturbuero.grants.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Texts outside a request follow the recipient's language, never the server's default locale. */
class BundleTest {

    private final Locale serverDefault = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(serverDefault);
    }

    @Test
    void english_reads_english_even_on_a_german_server_and_anything_else_reads_german() {
        Locale.setDefault(Locale.GERMANY);
        assertThat(Bundle.text(Bundle.locale("en"), "review.audit.CLAIM")).isEqualTo("Claimed");
        assertThat(Bundle.text(Bundle.locale("de"), "review.audit.CLAIM")).isEqualTo("Übernommen");
        assertThat(Bundle.locale(null)).isEqualTo(Locale.GERMAN);
        assertThat(Bundle.locale("fr")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void a_language_without_a_bundle_falls_back_to_the_base_file_not_to_the_server_locale() {
        Locale.setDefault(Locale.GERMANY);
        assertThat(Bundle.text(Locale.FRENCH, "review.audit.CLAIM")).isEqualTo("Claimed");
    }

    @Test
    void placeholders_are_filled_only_when_there_are_arguments() {
        assertThat(Bundle.format("It''s {0}", Locale.ENGLISH, "here")).isEqualTo("It's here");
        assertThat(Bundle.format("{0} stays", Locale.ENGLISH)).isEqualTo("{0} stays");
    }
}
