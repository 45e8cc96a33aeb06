package de.kulturbuero.grants.review;

import de.kulturbuero.grants.review.process.ProcessHistoryRetention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's part in data protection: removes a case's engine history after
 * its retention period. Called by the retention job, which runs without a user (no {@code @PreAuthorize}).
 */
@Service
public class CaseHistoryRetention {

    private final ProcessHistoryRetention process;
    private final JdbcTemplate jdbc;

    CaseHistoryRetention(ProcessHistoryRetention process, JdbcTemplate jdbc) {
        this.process = process;
        this.jdbc = jdbc;
    }

    /**
     * Removes the engine's history of the case and the free texts of the review module's own
     * records (review notes, comments, audit details); scores, recommendations, amounts and the
     * audit's actions and times stay for the statistics.
     *
     * @return false while the case's process still runs (nothing is changed; try again later)
     */
    @Transactional
    public boolean removeEngineHistory(long applicationId) {
        if (!process.removeHistory(applicationId)) {
            return false;
        }
        jdbc.update("UPDATE content_review SET note = NULL WHERE application_id = ?", applicationId);
        jdbc.update("UPDATE review_comment SET text = '—' WHERE application_id = ?", applicationId);
        jdbc.update("UPDATE review_audit SET detail = NULL WHERE application_id = ?", applicationId);
        jdbc.update("UPDATE inbox_task SET title = NULL WHERE application_id = ?", applicationId);
        return true;
    }
}
