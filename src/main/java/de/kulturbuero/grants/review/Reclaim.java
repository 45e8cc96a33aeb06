package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A reclaim after the check: hearing, decision, interest or its waiver, notice, reminder and repayment. */
public record Reclaim(
        long applicationId,
        BigDecimal proposed,
        Instant hearingAt,
        LocalDate hearingDue,
        BigDecimal amount,
        boolean interestWaived,
        String waiverReason,
        Long decidedBy,
        Instant decidedAt,
        LocalDate interestFrom,
        LocalDate dueDate,
        BigDecimal interest,
        Instant noticeAt,
        Instant remindedAt,
        LocalDate repaidOn,
        BigDecimal repaidAmount,
        Long repaymentConfirmedBy) {}
