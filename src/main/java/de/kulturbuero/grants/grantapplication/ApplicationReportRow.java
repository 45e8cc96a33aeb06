package de.kulturbuero.grants.grantapplication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One submitted application as the office's list and its exports show it. */
public record ApplicationReportRow(
        long id,
        String referenceNumber,
        String title,
        long programmeId,
        Long partnerCityId,
        String partnerOrganisation,
        String applicantName,
        ApplicationStatus status,
        BigDecimal requestedAmount,
        BigDecimal grantedAmount,
        Instant submittedAt,
        Instant decidedAt,
        LocalDate startDate,
        LocalDate endDate) {}
