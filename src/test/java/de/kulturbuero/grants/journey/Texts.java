package de.kulturbuero.grants.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The app's texts as the translation files give them ({@code vaadin-i18n/translations*.properties}),
 * so browser tests assert what a user of that language reads without copying strings.
 */
final class Texts {

    private final Locale locale;
    private final Properties texts;

    private Texts(Locale locale, Properties texts) {
        this.locale = locale;
        this.texts = texts;
    }

    static Texts load(Locale locale) {
        Properties fallback = read("/vaadin-i18n/translations.properties");
        Properties own = locale.getLanguage().equals("en")
                ? new Properties()
                : read("/vaadin-i18n/translations_" + locale.getLanguage() + ".properties");
        Properties merged = new Properties();
        merged.putAll(fallback);
        merged.putAll(own);
        return new Texts(locale, merged);
    }

    String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No text for key " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static Properties read(String resource) {
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the class path");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
