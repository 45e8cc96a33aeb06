package de.kulturbuero.grants.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inbox's buttons carry an aria-label with the reference number; speech input users say the
 * visible label, so each accessible name must contain it (WCAG 2.5.3, axe "label-content-name-mismatch").
 */
class InboxButtonNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_de.properties"})
    void every_inbox_button_name_contains_its_visible_label(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String button : new String[] {"open", "claim", "unclaim", "hand-over", "case"}) {
            String visible = texts.getProperty("review.inbox." + button).toLowerCase(Locale.ROOT);
            String name = texts.getProperty("review.inbox." + button + "-aria").toLowerCase(Locale.ROOT);
            assertThat(name).as(bundle + ": review.inbox." + button + "-aria").contains(visible);
        }
    }
}
