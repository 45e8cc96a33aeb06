package de.kulturbuero.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code settlement.} key the module's code names exists in both bundles. */
class SettlementTextsTest {

    private static final Pattern KEY = Pattern.compile("\"(settlement\\.[A-Za-z0-9_.\\-]+)\"");

    @Test
    void every_settlement_key_in_the_code_has_an_english_and_a_german_text() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/de/kulturbuero/grants/settlement"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("settlement.rates.title", "settlement.rates.refused.gap");
        for (String bundle : new String[] {"translations.properties", "translations_de.properties"}) {
            Properties texts = new Properties();
            try (Reader in = Files.newBufferedReader(
                    Path.of("src/main/resources/vaadin-i18n", bundle), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            assertThat(used).as("keys missing in " + bundle).allMatch(texts::containsKey);
        }
    }
}
