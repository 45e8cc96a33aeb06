package de.kulturbuero.grants.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to be allowed, read once from files inside the application (no service is
 * asked): the 30,000 most used passwords of leaked password lists that zxcvbn4j ships (its
 * {@code passwords} dictionary, lower case), and the portal's own list of words an attacker of
 * this office tries first ({@code security/common-passwords.txt}: the office, the city, the twin
 * cities, German keyboard walks). Compared ignoring case.
 */
final class CommonPasswords {

    static final String OWN_LIST = "/security/common-passwords.txt";

    private static final Set<String> LIST = load();

    private CommonPasswords() {}

    static boolean contains(String password) {
        return password != null && LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        Set<String> list = new HashSet<>(40_000);
        try {
            StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                    .map(p -> p.toLowerCase(Locale.ROOT))
                    .forEach(list::add);
            try (InputStream in = CommonPasswords.class.getResourceAsStream(OWN_LIST)) {
                if (in == null) {
                    throw new IllegalStateException(OWN_LIST + " is missing from the application");
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(p -> p.toLowerCase(Locale.ROOT))
                        .forEach(list::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(list);
    }
}
