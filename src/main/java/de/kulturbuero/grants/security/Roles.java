package de.kulturbuero.grants.security;

import java.util.List;

/**
 * The portal's roles. BPMN user tasks name them as candidate groups, so the names are part of
 * the process model: change them in both places or not at all.
 */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    /** Sachbearbeitung: formal check, follow-up questions. */
    public static final String CLERK = "CLERK";
    /** Fachreferat: content review, decisions up to the programme's threshold. */
    public static final String REVIEWER = "REVIEWER";
    /** Leitung: decisions above the threshold. */
    public static final String HEAD = "HEAD";
    /** Kasse: payments. */
    public static final String FINANCE = "FINANCE";

    public static final String ADMIN = "ADMIN";

    /** Security expression for the use cases of the inbox and the case file: any office role that works on cases. */
    public static final String ANY_OFFICER =
            "hasAnyRole('" + CLERK + "','" + REVIEWER + "','" + HEAD + "','" + FINANCE + "')";
    /** Security expression for the formal check. */
    public static final String CLERKS = "hasRole('" + CLERK + "')";
    /** Security expression for the content review. */
    public static final String REVIEWERS = "hasRole('" + REVIEWER + "')";
    /** Security expression for deciding: a reviewer up to the threshold, the head above it. */
    public static final String DECIDERS = "hasAnyRole('" + REVIEWER + "','" + HEAD + "')";

    /** Security expression for the cash office's payment runs and payment orders. */
    public static final String FINANCES = "hasRole('" + FINANCE + "')";
    /** Security expression for the applicant's own actions. */
    public static final String APPLICANTS = "hasRole('" + APPLICANT + "')";

    /** Roles that work on cases in the inbox. */
    public static final List<String> OFFICERS = List.of(CLERK, REVIEWER, HEAD, FINANCE);

    public static final List<String> ALL = List.of(APPLICANT, CLERK, REVIEWER, HEAD, FINANCE, ADMIN);

    private Roles() {}
}
