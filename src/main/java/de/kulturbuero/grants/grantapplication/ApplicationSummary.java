package de.kulturbuero.grants.grantapplication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One application as lists show it, and the data officers see beside a task; {@code decisionConditions} are the conditions of an approval. */
public record ApplicationSummary(
        long id,
        String referenceNumber,
        String title,
        long programmeId,
        Long partnerCityId,
        String partnerOrganisation,
        String summary,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal requestedAmount,
        ApplicationStatus status,
        Instant statusChangedAt,
        Instant submittedAt,
        String applicantName,
        String formalCheckNote,
        BigDecimal grantedAmount,
        String decisionReason,
        Instant decidedAt,
        String decisionConditions) {}
