package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.time.Instant;

/** Why a final report was or was not checked in depth: the draw with everything it was decided on. */
public record DepthDraw(
        long applicationId,
        String referenceNumber,
        String seed,
        BigDecimal value,
        BigDecimal share,
        BigDecimal threshold,
        BigDecimal granted,
        boolean inDepth,
        String reason,
        Instant drawnAt) {}
