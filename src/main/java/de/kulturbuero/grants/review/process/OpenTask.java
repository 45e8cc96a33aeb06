package de.kulturbuero.grants.review.process;

import java.time.Instant;
import java.util.Set;

/** An open user task of the review process, in the app's own terms. */
public record OpenTask(
        String taskId,
        String step,
        String name,
        long applicationId,
        String referenceNumber,
        Instant createdAt,
        String assignee,
        Set<String> candidateGroups) {}
