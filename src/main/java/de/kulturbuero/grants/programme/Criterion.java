package de.kulturbuero.grants.programme;

import java.util.Locale;

/**
 * An assessment criterion with its weight in percent (the weights of a programme add up to 100).
 * The id stays the same across rule versions, so scores can refer to it.
 */
public record Criterion(long id, String nameDe, String nameEn, int weight) {

    public String name(Locale locale) {
        return "de".equals(locale.getLanguage()) ? nameDe : nameEn;
    }
}
