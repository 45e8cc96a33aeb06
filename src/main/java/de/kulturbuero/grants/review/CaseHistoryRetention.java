package de.kulturbuero.grants.review;

import de.kulturbuero.grants.review.process.ProcessHistoryRetention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's part in data protection (issue 5): removes a case's engine history after
 * its retention period. Called by the retention job, which runs without a user (no {@code @PreAuthorize}).
 */
@Service
public class CaseHistoryRetention {

    private final ProcessHistoryRetention process;

    CaseHistoryRetention(ProcessHistoryRetention process) {
        this.process = process;
    }

    /** @return false while the case's process still runs (try again later) */
    @Transactional
    public boolean removeEngineHistory(long applicationId) {
        return process.removeHistory(applicationId);
    }
}
