package de.kulturbuero.grants.grantapplication;

import java.util.List;

/**
 * The service refused a submission or a draft's format; carries resource-bundle keys (with their field) so the view
 * can show translated messages next to the fields.
 */
public class SubmissionRejected extends RuntimeException {

    public record Problem(String field, String messageKey, Object... args) {}

    private final List<Problem> problems;

    public SubmissionRejected(List<Problem> problems) {
        super("Submission rejected: "
                + problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
