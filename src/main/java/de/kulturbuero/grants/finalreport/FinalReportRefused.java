package de.kulturbuero.grants.finalreport;

import java.util.List;

/** The service refused a save or a submission; carries the problems as translation keys with their fields. */
public class FinalReportRefused extends RuntimeException {

    /** The report was saved from another tab or window since this one loaded it. */
    public static final String CONFLICT = "finalreport.error.conflict";

    /** The report has been submitted and cannot change any more. */
    public static final String SUBMITTED = "finalreport.error.submitted";

    private final List<ReportProblem> problems;

    public FinalReportRefused(List<ReportProblem> problems) {
        super("Final report refused: "
                + problems.stream().map(ReportProblem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public FinalReportRefused(String messageKey) {
        this(List.of(new ReportProblem(null, messageKey)));
    }

    public List<ReportProblem> problems() {
        return problems;
    }

    /** Whether the save lost against a newer one (the page must be reloaded, nothing was saved). */
    public boolean isConflict() {
        return problems.stream().anyMatch(p -> CONFLICT.equals(p.messageKey()));
    }

    /** Whether the report was already submitted (nothing can be changed). */
    public boolean isSubmitted() {
        return problems.stream().anyMatch(p -> SUBMITTED.equals(p.messageKey()));
    }
}
