package de.kulturbuero.grants.programme;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The financing and eligibility terms of a programme, as the application rules and the public
 * catalogue need them. {@code maxShare} is set for {@link FinancingType#SHARE} (0.75 = 75 %),
 * {@code fixedAmount} for {@link FinancingType#FIXED}.
 */
public record ProgrammeTerms(
        long programmeId,
        FinancingType financingType,
        BigDecimal maxGrant,
        BigDecimal maxShare,
        BigDecimal fixedAmount,
        int minLeadWeeks,
        String eligibilityDe,
        String eligibilityEn) {

    public String eligibility(Locale locale) {
        return "de".equals(locale.getLanguage()) ? eligibilityDe : eligibilityEn;
    }
}
