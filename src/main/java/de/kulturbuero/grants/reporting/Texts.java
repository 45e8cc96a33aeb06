package de.kulturbuero.grants.reporting;

import de.kulturbuero.grants.shared.i18n.Bundle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's translations for files made outside a Vaadin request (exports, PDF). */
final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    Texts(Locale locale) {
        this.locale = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        this.bundle = Bundle.of(this.locale);
    }

    String get(String key, Object... args) {
        return Bundle.format(bundle.getString(key), locale, args);
    }

    Locale locale() {
        return locale;
    }
}
