package de.kulturbuero.grants.programme;

/** A programme in the office's list: its data, today's status and the current rules version. */
public record ProgrammeOverview(ProgrammeSummary programme, ProgrammeStatus status, int rulesVersionNo) {}
