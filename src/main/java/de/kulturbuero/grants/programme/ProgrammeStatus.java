package de.kulturbuero.grants.programme;

/** Where a programme stands for applicants today. */
public enum ProgrammeStatus {
    /** The application window opens in the future. */
    PLANNED,
    OPEN,
    /** The window has ended (or was closed by the office). */
    CLOSED,
    /** No longer offered; kept for the applications that refer to it. */
    ARCHIVED;

    public String messageKey() {
        return "programme.status." + name();
    }
}
