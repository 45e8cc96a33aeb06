package de.kulturbuero.grants.security;

import java.util.List;

/** The registration was refused; each problem names its field and a translation key. */
public class RegistrationRejected extends RuntimeException {

    public record Problem(String field, String messageKey) {}

    private final List<Problem> problems;

    public RegistrationRejected(List<Problem> problems) {
        super("Registration rejected: "
                + problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
