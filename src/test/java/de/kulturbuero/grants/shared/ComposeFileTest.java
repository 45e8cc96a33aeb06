package de.kulturbuero.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compose file has no default for a secret or a setting the production start needs: each is
 * {@code ${VAR:?message}}, so compose stops with the message instead of starting with "change-me".
 */
class ComposeFileTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(:?[-?+])?([^}]*)}");

    @Test
    void passwords_address_and_mail_host_must_be_given_and_have_no_default() throws IOException {
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        List<String> required =
                List.of("GRANTS_DB_PASSWORD", "GRANTS_DB_ROOT_PASSWORD", "GRANTS_BASE_URL", "SPRING_MAIL_HOST");

        Matcher m = VARIABLE.matcher(compose);
        int found = 0;
        while (m.find()) {
            String name = m.group(1);
            if (name.contains("PASSWORD") || required.contains(name)) {
                found++;
                assertThat(m.group(2)).as(m.group()).isEqualTo(":?");
                assertThat(m.group(3)).as(name + " has a message").isNotBlank();
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(required.size());
        assertThat(compose).doesNotContain("change-me");
        for (String name : required) {
            assertThat(compose).contains("${" + name + ":?");
        }
    }
}
