package de.kulturbuero.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year is a name, not an amount: every text that shows a year shows "2026", never "2.026" or
 * "2,026" (MessageFormat groups a plain {n} number by the language's rules). Formatted as Vaadin's
 * translation provider does it: MessageFormat with the UI's locale and the year as an Integer.
 */
class YearsInTextsTest {

    @ParameterizedTest(name = "{0} (year at argument {1}, {2} arguments)")
    @CsvSource({
        "review.decision.budget, 0, 5",
        "programme.validation.budget-year-twice, 0, 1",
        "programme.city.validation.since, 0, 1",
        "reporting.dashboard.budget, 0, 1",
        "reporting.dashboard.by-status, 1, 2",
        "reporting.dashboard.by-city, 1, 2",
        "reporting.dashboard.pdf, 1, 2",
        "reporting.dashboard.overdue, 0, 1",
        "reporting.report.title, 1, 2",
        "reporting.showcase.project, 1, 4",
    })
    void a_year_is_shown_without_a_thousands_separator_in_german_and_english(String key, int yearAt, int arguments)
            throws IOException {
        for (String language : new String[] {"de", "en"}) {
            Locale locale = Locale.forLanguageTag(language);
            Object[] args = new Object[arguments];
            Arrays.fill(args, "x");
            args[yearAt] = 2026;
            String text = new MessageFormat(pattern(language, key), locale).format(args);
            assertThat(text)
                    .as("%s in %s", key, language)
                    .contains("2026")
                    .doesNotContain("2.026")
                    .doesNotContain("2,026");
        }
    }

    private static String pattern(String language, String key) throws IOException {
        String file = "de".equals(language)
                ? "/vaadin-i18n/translations_de.properties"
                : "/vaadin-i18n/translations.properties";
        Properties p = new Properties();
        try (InputStream in = YearsInTextsTest.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(p.getProperty(key)).as("%s in %s", key, language).isNotNull();
        return p.getProperty(key);
    }
}
