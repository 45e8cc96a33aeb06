package de.kulturbuero.grants.finalreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the office asks of the recipient on the report page: corrections (text and reply
 * deadline), or a response in the hearing before a reclaim (its last day, the response and when it
 * came; a closed hearing without a response has a time but no text).
 */
public record OfficeRequests(
        String correctionRequest,
        LocalDate correctionDue,
        LocalDate hearingDue,
        String hearingResponse,
        Instant hearingRespondedAt) {}
