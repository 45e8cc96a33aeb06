package de.kulturbuero.grants.finalreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request to extend the report's due date and the clerk's decision on it must satisfy.
 * Pure functions; the services apply them under the report row's lock.
 */
public final class ExtensionRules {

    /** Longest reason (the recipient's and the clerk's) in characters. */
    public static final int MAX_REASON = 1000;

    private ExtensionRules() {}

    /**
     * A request: one open at a time, a wished date after the current due date and at most {@code
     * maxMonths} later, a reason of at most {@link #MAX_REASON} characters.
     */
    public static List<ReportProblem> checkRequest(
            LocalDate currentDue, LocalDate wished, String reason, int maxMonths, boolean openRequest) {
        List<ReportProblem> problems = new ArrayList<>();
        if (openRequest) {
            problems.add(new ReportProblem(null, "finalreport.extension.error.open"));
            return problems;
        }
        if (currentDue == null) {
            problems.add(new ReportProblem(null, "finalreport.extension.error.no-due-date"));
            return problems;
        }
        if (wished == null) {
            problems.add(new ReportProblem("date", "finalreport.extension.error.date-missing"));
        } else if (!wished.isAfter(currentDue)) {
            problems.add(new ReportProblem("date", "finalreport.extension.error.date-not-after", currentDue));
        } else if (wished.isAfter(latest(currentDue, maxMonths))) {
            problems.add(new ReportProblem(
                    "date", "finalreport.extension.error.date-too-late", latest(currentDue, maxMonths), maxMonths));
        }
        reason(reason, "reason", "finalreport.extension.error.reason-missing", problems);
        return problems;
    }

    /** The clerk grants: a date, not before the current due date. */
    public static List<ReportProblem> checkGrant(LocalDate currentDue, LocalDate granted) {
        if (granted == null) {
            return List.of(new ReportProblem("date", "finalreport.extension.error.date-missing"));
        }
        if (currentDue != null && granted.isBefore(currentDue)) {
            return List.of(new ReportProblem("date", "finalreport.extension.error.grant-before-due", currentDue));
        }
        return List.of();
    }

    /** The clerk refuses: a reason for the recipient. */
    public static List<ReportProblem> checkRefusal(String reason) {
        List<ReportProblem> problems = new ArrayList<>();
        reason(reason, "refusal", "finalreport.extension.error.refusal-missing", problems);
        return problems;
    }

    /** The latest date a request may ask for. */
    public static LocalDate latest(LocalDate currentDue, int maxMonths) {
        return currentDue.plusMonths(maxMonths);
    }

    private static void reason(String reason, String field, String missingKey, List<ReportProblem> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(new ReportProblem(field, missingKey));
        } else if (reason.strip().length() > MAX_REASON) {
            problems.add(new ReportProblem(field, "finalreport.extension.error.reason-too-long", MAX_REASON));
        }
    }
}
