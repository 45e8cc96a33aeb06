package de.kulturbuero.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in German and English, and every key the code or the BPMN uses exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\"((?:app|shared|security|programme|grantapplication|review|reporting|dataprotection|payment|settlement|finalreport)\\.[A-Za-z0-9_.\\-]+)\"");
    private static final Pattern FLOW_NODE_ID = Pattern.compile("<(?:startEvent|userTask|endEvent)\\s+id=\"([^\"]+)\"");

    @Test
    void german_and_english_have_the_same_keys() throws IOException {
        Set<String> english = load("/vaadin-i18n/translations.properties").stringPropertyNames();
        Set<String> german = load("/vaadin-i18n/translations_de.properties").stringPropertyNames();
        assertThat(difference(english, german)).as("keys missing in German").isEmpty();
        assertThat(difference(german, english)).as("keys missing in English").isEmpty();
    }

    /** Properties keep the last of two equal keys without a word: a text added twice silently replaces the first. */
    @Test
    void no_key_is_defined_twice_in_a_bundle() throws IOException {
        for (String file : new String[] {
            "src/main/resources/vaadin-i18n/translations.properties",
            "src/main/resources/vaadin-i18n/translations_de.properties"
        }) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in " + file).isEmpty();
        }
    }

    @Test
    void no_text_is_empty() throws IOException {
        for (String file :
                new String[] {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_de.properties"}) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames().stream()
                            .filter(k -> p.getProperty(k).isBlank()))
                    .as("empty texts in " + file)
                    .isEmpty();
        }
    }

    @Test
    void every_key_used_in_the_code_exists() throws IOException {
        Set<String> english = load("/vaadin-i18n/translations.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(difference(used, english))
                .as("keys used in code but missing in the bundles")
                .isEmpty();
    }

    @Test
    void every_status_and_process_step_has_a_public_name() throws IOException {
        Set<String> english = load("/vaadin-i18n/translations.properties").stringPropertyNames();
        Set<String> needed = Arrays.stream(ApplicationStatus.values())
                .map(ApplicationStatus::messageKey)
                .collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path bpmn :
                    files.filter(f -> f.toString().endsWith(".bpmn20.xml")).toList()) {
                Matcher m = FLOW_NODE_ID.matcher(Files.readString(bpmn));
                while (m.find()) {
                    needed.add("review.step." + m.group(1));
                }
            }
        }
        assertThat(needed).anyMatch(k -> k.startsWith("review.step."));
        assertThat(difference(needed, english)).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        return p;
    }
}
