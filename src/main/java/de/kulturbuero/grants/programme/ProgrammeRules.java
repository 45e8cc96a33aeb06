package de.kulturbuero.grants.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One immutable version of a programme's rules. An application keeps the version it was
 * submitted under, so a later change of the programme never changes it.
 *
 * @param maxShare for {@link FinancingType#SHARE}: the maximum share of the eligible costs (0..1)
 * @param fixedAmount for {@link FinancingType#FIXED}: the grant
 */
public record ProgrammeRules(
        long versionId,
        long programmeId,
        int versionNo,
        Instant createdAt,
        FinancingType financingType,
        BigDecimal maxShare,
        BigDecimal fixedAmount,
        BigDecimal maxGrant,
        int minLeadWeeks,
        BigDecimal decisionThreshold,
        String eligibilityDe,
        String eligibilityEn,
        List<Criterion> criteria,
        PaymentTerms paymentTerms) {

    public String eligibility(Locale locale) {
        return "de".equals(locale.getLanguage()) ? eligibilityDe : eligibilityEn;
    }
}
