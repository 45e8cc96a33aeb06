package de.kulturbuero.grants.settlement;

import java.util.List;

/**
 * The service refused a new base rate; carries resource-bundle keys with their field
 * ({@link BaseRateCheck#VALID_FROM}, {@link BaseRateCheck#RATE}) so the page shows each reason
 * translated at its field. Date arguments are {@link java.time.LocalDate}s for the page to format.
 */
public class BaseRateRefused extends RuntimeException {

    public record Problem(String field, String messageKey, Object... args) {}

    private final List<Problem> problems;

    public BaseRateRefused(List<Problem> problems) {
        super("Base rate refused: " + problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
