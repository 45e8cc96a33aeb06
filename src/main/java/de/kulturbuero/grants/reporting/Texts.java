package de.kulturbuero.grants.reporting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's translations for files made outside a Vaadin request (exports, PDF). */
final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    Texts(Locale locale) {
        this.locale = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n.translations", this.locale);
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    Locale locale() {
        return locale;
    }
}
