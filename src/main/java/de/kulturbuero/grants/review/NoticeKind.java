package de.kulturbuero.grants.review;

/**
 * Which letter a notice step writes. The BPMN's notice tasks name it, so the letter never has to
 * be guessed from the application's status (which later phases move on).
 */
public enum NoticeKind {
    /** Bewilligungsbescheid, after an approval. */
    APPROVAL,
    /** Ablehnungsbescheid, after a rejection in the decision. */
    REJECTION,
    /** Ablehnung at the formal check: incomplete or not eligible. */
    INELIGIBILITY
}
