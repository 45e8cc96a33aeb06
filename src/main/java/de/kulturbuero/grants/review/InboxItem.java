package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the officers' inbox. {@code step} is the BPMN task id; {@code assignee} an account id or null. */
public record InboxItem(
        String taskId,
        String step,
        long applicationId,
        String referenceNumber,
        String title,
        long programmeId,
        String partnerCity,
        BigDecimal requestedAmount,
        Instant taskCreatedAt,
        String assignee,
        String assigneeName,
        boolean mine,
        Instant submittedAt,
        boolean overdue,
        boolean mayAct) {}
