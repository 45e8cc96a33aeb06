package de.kulturbuero.grants.review;

import java.time.Instant;

/** History of a case, one step per line, for the case view. */
public record ReviewStep(String step, Instant startedAt, Instant endedAt, String actorName) {

    /** Resource-bundle key of the step's public name. */
    public String messageKey() {
        return "review.step." + step;
    }
}
