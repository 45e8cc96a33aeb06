package de.kulturbuero.grants.review.process;

import java.time.Instant;
import java.util.Set;

/**
 * An open user task of the portal's processes, in the app's own terms.
 *
 * @param paymentId the payment a task of 'grant-payment' is about; null for the other processes
 */
public record OpenTask(
        String taskId,
        String step,
        String name,
        long applicationId,
        String referenceNumber,
        Instant createdAt,
        String assignee,
        Set<String> candidateGroups,
        Long paymentId) {}
