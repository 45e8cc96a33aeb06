package de.kulturbuero.grants.review;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Translated texts outside the UI (e-mails, letters), from the same bundles the views use. */
final class Texts {

    private Texts() {
    }

    static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
    }

    static String of(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
