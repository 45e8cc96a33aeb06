package de.kulturbuero.grants.review;

import java.util.Locale;
import java.util.function.Function;

/**
 * A criterion the content review scores (1 to 5), with its weight in percent.
 *
 * @param code the key of its score: {@code c<criterionId>} for a criterion of the programme
 *             (the id stays the same across rule versions), or the plain code of the default
 *             list {@code grants.review.criteria}
 * @param nameDe German name; null for a default criterion, whose text is {@code review.criterion.<code>}
 * @param nameEn English name; null for a default criterion
 */
public record ReviewCriterion(String code, String nameDe, String nameEn, int weight) {

    /** The name in the given language; a default criterion's name comes from the translations. */
    public String name(Locale locale, Function<String, String> translation) {
        if (nameDe == null || nameEn == null) {
            return translation.apply("review.criterion." + code);
        }
        return "de".equals(locale.getLanguage()) ? nameDe : nameEn;
    }
}
