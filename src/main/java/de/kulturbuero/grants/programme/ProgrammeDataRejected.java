package de.kulturbuero.grants.programme;

import java.util.List;

/**
 * The service refused programme or partner-city data; carries resource-bundle keys with their
 * field so the form can show translated messages next to the fields.
 */
public class ProgrammeDataRejected extends RuntimeException {

    public record Problem(String field, String messageKey, Object... args) {}

    private final List<Problem> problems;

    public ProgrammeDataRejected(List<Problem> problems) {
        super("Programme data rejected: "
                + problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
