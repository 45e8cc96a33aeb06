package de.kulturbuero.grants.finalreport;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.grantapplication.CostCategory;
import de.kulturbuero.grants.grantapplication.IncomeKind;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key the final report's code names exists in both languages (the shared translations
 * test looks only at the older modules' prefixes), and so does every category a line can show.
 */
class FinalReportTextsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:finalreport|grantapplication)\\.[A-Za-z0-9_.\\-]+)\"");

    @Test
    void every_key_the_module_uses_exists_in_german_and_english() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/de/kulturbuero/grants/finalreport"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(Files.readString(file), used);
            }
        }
        collect(Files.readString(Path.of("src/main/java/de/kulturbuero/grants/payment/ui/PaymentsView.java")), used);
        Arrays.stream(CostCategory.values()).map(CostCategory::messageKey).forEach(used::add);
        Arrays.stream(IncomeKind.values()).map(IncomeKind::messageKey).forEach(used::add);
        Arrays.stream(ReportDraft.Kind.values())
                .map(ReportDraft.Kind::messageKey)
                .forEach(used::add);
        assertThat(used).contains("finalreport.problem.line-sum", "finalreport.page.link");

        for (String bundle :
                new String[] {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_de.properties"}) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(bundle).stringPropertyNames());
            assertThat(missing).as("keys missing in " + bundle).isEmpty();
        }
    }

    private static void collect(String source, Set<String> used) {
        Matcher m = KEY.matcher(source);
        while (m.find()) {
            if (!m.group(1).endsWith(".")) {
                used.add(m.group(1));
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FinalReportTextsTest.class.getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
