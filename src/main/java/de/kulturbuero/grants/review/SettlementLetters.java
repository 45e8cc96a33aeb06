package de.kulturbuero.grants.review;

import de.kulturbuero.grants.review.domain.AuditLog;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The one place where the check of the final report writes its letters: the check note
 * (Prüfvermerk), the hearing letter (Anhörung) and the reclaim notice (Rückforderungsbescheid),
 * each in the applicant's language and stored with the case's notices. The PDFs come from the
 * pure renderers of {@code settlement.letters}; until those are part of the portal, each letter is
 * recorded as issued in the case's audit log, and its figures are in {@code report_check} and
 * {@code reclaim}, from which the renderer will draw it.
 */
@Component
class SettlementLetters {

    static final String CHECK_NOTE = "CHECK_NOTE";
    static final String HEARING = "HEARING";
    static final String RECLAIM_NOTICE = "RECLAIM_NOTICE";

    private final AuditLog audit;
    private final Clock clock;

    SettlementLetters(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The check note, once the check is final (accepted, or its reclaim confirmed by the second officer). */
    void checkNote(long applicationId) {
        issued(applicationId, CHECK_NOTE);
    }

    /** The hearing letter before a reclaim. */
    void hearingLetter(long applicationId) {
        issued(applicationId, HEARING);
    }

    /** The reclaim notice with the interest as decided. */
    void reclaimNotice(long applicationId) {
        issued(applicationId, RECLAIM_NOTICE);
    }

    private void issued(long applicationId, String kind) {
        audit.record(applicationId, null, "LETTER_ISSUED", null, clock.instant(), kind);
    }
}
