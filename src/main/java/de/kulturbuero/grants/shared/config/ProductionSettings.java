package de.kulturbuero.grants.shared.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;

/**
 * Refuses to start the {@code prod} profile with settings that would run the portal unsafely, before
 * anything connects anywhere, and names every setting to fix in one message. Registered in
 * {@code META-INF/spring.factories}, so it runs once the profiles and property files are known.
 * <ul>
 *   <li>{@code grants.base-url} ({@code GRANTS_BASE_URL}): the links in mails (password links,
 *       invitations) must point to an {@code https://} address, or a one-time link travels in clear.</li>
 *   <li>{@code spring.mail.host} ({@code SPRING_MAIL_HOST}): without a host no mail leaves the portal
 *       (applicants would miss their notices and password links, which are never written to the log).</li>
 * </ul>
 */
public class ProductionSettings implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "The prod profile does not start with these settings: " + String.join("; ", problems));
        }
    }

    /** What is wrong with the settings for production, one sentence per setting; empty when nothing is. */
    static List<String> problems(PropertyResolver settings) {
        List<String> problems = new ArrayList<>();
        String baseUrl = settings.getProperty("grants.base-url", "").trim();
        if (!baseUrl.regionMatches(true, 0, "https://", 0, "https://".length())
                || baseUrl.length() == "https://".length()) {
            problems.add("grants.base-url (GRANTS_BASE_URL) must be the portal's https:// address, the links in"
                    + " e-mails point there; got \"" + baseUrl + "\"");
        }
        if (settings.getProperty("spring.mail.host", "").isBlank()) {
            problems.add("spring.mail.host (SPRING_MAIL_HOST) must name the mail server; without it no notice,"
                    + " reminder or password link reaches anyone");
        }
        return problems;
    }
}
