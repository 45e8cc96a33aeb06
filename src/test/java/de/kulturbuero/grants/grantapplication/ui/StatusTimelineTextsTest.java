package de.kulturbuero.grants.grantapplication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every status an application can reach has a label and an explanation on the applicant's
 * timeline in every language the portal speaks: a missing one would show as a raw key.
 */
class StatusTimelineTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void every_status_on_the_timeline_has_a_label_and_an_explanation(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "vaadin-i18n/translations",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        assertThat(Arrays.asList(ApplicationStatus.values())).allSatisfy(status -> {
            for (String key : new String[] {status.messageKey(), StatusTimeline.explanationKey(status)}) {
                assertThat(bundle.containsKey(key))
                        .as("%s in %s", key, language)
                        .isTrue();
                assertThat(bundle.getString(key))
                        .as("%s in %s", key, language)
                        .isNotBlank()
                        .doesNotStartWith("!");
            }
        });
    }
}
