package de.kulturbuero.grants.settlement.letters;

import java.time.LocalDate;

/**
 * What every letter of the office shows at its head.
 *
 * @param referenceNumber the case's reference number, e.g. IK-2026-0042
 * @param projectTitle the project's title as the applicant named it
 * @param recipientName the grant's recipient
 * @param recipientAddress several lines separated by {@code \n}; may be blank
 * @param date the letter's date
 * @param officerName who signs for the office; may be blank
 */
public record LetterHead(
        String referenceNumber,
        String projectTitle,
        String recipientName,
        String recipientAddress,
        LocalDate date,
        String officerName) {}
