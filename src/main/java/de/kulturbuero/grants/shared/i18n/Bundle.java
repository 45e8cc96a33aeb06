package de.kulturbuero.grants.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's texts outside a Vaadin request (e-mails, letters, PDFs, exports), from the same
 * bundles the views use and with the same rules: a language the portal does not speak reads
 * German (the office's language), never the server's default locale; placeholders are filled as
 * Vaadin fills them (MessageFormat only when there are arguments).
 */
public final class Bundle {

    private static final String NAME = "vaadin-i18n.translations";

    private Bundle() {}

    /** English for "en", German for everything else (also for an account without a language). */
    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** The bundle of exactly this language, falling back to the English base file, never to the server's locale. */
    public static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(
                NAME, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String text(Locale locale, String key, Object... args) {
        return format(of(locale).getString(key), locale, args);
    }

    /** A bundle text with its arguments, as {@link #text} fills it. */
    public static String format(String pattern, Locale locale, Object... args) {
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
