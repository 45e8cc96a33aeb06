package de.kulturbuero.grants.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** A funding programme as other modules and views see it. */
public record ProgrammeSummary(
        long id,
        String code,
        String nameDe,
        String nameEn,
        String descriptionDe,
        String descriptionEn,
        FinancingType financingType,
        BigDecimal maxGrant,
        BigDecimal decisionThreshold,
        String referencePrefix,
        LocalDate windowStart,
        LocalDate windowEnd,
        int minLeadWeeks) {

    public String name(Locale locale) {
        return "de".equals(locale.getLanguage()) ? nameDe : nameEn;
    }

    public String description(Locale locale) {
        return "de".equals(locale.getLanguage()) ? descriptionDe : descriptionEn;
    }

    /** Open on {@code day}: inside the application window (an open end or start is allowed). */
    public boolean isOpenOn(LocalDate day) {
        return (windowStart == null || !day.isBefore(windowStart)) && (windowEnd == null || !day.isAfter(windowEnd));
    }
}
