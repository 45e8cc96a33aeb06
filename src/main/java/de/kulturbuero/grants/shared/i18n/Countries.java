package de.kulturbuero.grants.shared.i18n;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names in the user's language. Partner cities store their country as the text the
 * administration typed (the seed data in English: "France", "United Kingdom"); a name the portal
 * recognises (an ISO 3166 code, or a country's name in English or German) is shown in the UI
 * language, anything else as typed.
 */
public final class Countries {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            CODES.put(key(code), code);
            CODES.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            CODES.put(key(country.getDisplayCountry(Locale.GERMAN)), code);
        }
    }

    private Countries() {}

    /** The country's name in {@code locale}; the stored text itself when it names no known country. */
    public static String display(String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        String code = CODES.get(key(stored));
        return code == null ? stored : Locale.of("", code).getDisplayCountry(locale);
    }

    private static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
