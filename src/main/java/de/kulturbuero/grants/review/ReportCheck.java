package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.time.Instant;

/** The office's check of a final report: its totals, the settlement, the check note, who checked and who confirmed. */
public record ReportCheck(
        long applicationId,
        boolean inDepth,
        BigDecimal recognisedEligible,
        BigDecimal nonEligible,
        BigDecimal actualIncome,
        BigDecimal granted,
        BigDecimal recomputedGrant,
        BigDecimal paid,
        BigDecimal balance,
        String outcome,
        String note,
        long checkedBy,
        Instant checkedAt,
        Long confirmedBy,
        Instant confirmedAt) {}
