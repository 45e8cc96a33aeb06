package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.review.process.ProcessIds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the final reports of a programme's grants of one year stand, for the dashboard and the
 * yearly report: the same grants as the year's committed budget and its payments (those whose
 * approval counts against the year).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD','FINANCE','ADMIN')")
public class FinalReportFigures {

    /**
     * @param awaited grants whose final report is not handed in yet (overdue ones included)
     * @param overdue of those, the ones past their due date: the clerk's follow-up task is open
     * @param inCheck reports handed in whose check is not finished
     * @param closed cases closed after the check
     * @param reclaimed the amounts reclaimed by decided reclaims
     * @param interest the interest on them (none where it was waived)
     */
    public record Totals(
            long awaited, long overdue, long inCheck, long closed, BigDecimal reclaimed, BigDecimal interest) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, cents(BigDecimal.ZERO), cents(BigDecimal.ZERO));
    }

    private final JdbcClient jdbc;
    private final ApprovedGrants approvedGrants;

    FinalReportFigures(JdbcClient jdbc, ApprovedGrants approvedGrants) {
        this.jdbc = jdbc;
        this.approvedGrants = approvedGrants;
    }

    public Totals of(long programmeId, int year) {
        List<Long> applications = approvedGrants.approvals(programmeId, year);
        if (applications.isEmpty()) {
            return Totals.NONE;
        }
        long awaited = jdbc.sql("SELECT COUNT(*) FROM grant_application a WHERE a.id IN (:applications)"
                        + " AND a.status = :approved AND NOT EXISTS (SELECT 1 FROM final_report r"
                        + " WHERE r.application_id = a.id AND r.submitted_at IS NOT NULL)")
                .param("applications", applications)
                .param("approved", ApplicationStatus.APPROVED.name())
                .query(Long.class)
                .single();
        long overdue = jdbc.sql("SELECT COUNT(DISTINCT application_id) FROM inbox_task"
                        + " WHERE step = :step AND application_id IN (:applications)")
                .param("step", ProcessIds.TASK_FOLLOW_UP_REPORT)
                .param("applications", applications)
                .query(Long.class)
                .single();
        long inCheck = count(applications, ApplicationStatus.REPORT_CHECK);
        long closed = count(applications, ApplicationStatus.CLOSED);
        BigDecimal[] reclaim = jdbc.sql("SELECT COALESCE(SUM(amount), 0), COALESCE(SUM(interest), 0) FROM reclaim"
                        + " WHERE decided_at IS NOT NULL AND application_id IN (:applications)")
                .param("applications", applications)
                .query((rs, i) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)})
                .single();
        return new Totals(awaited, overdue, inCheck, closed, cents(reclaim[0]), cents(reclaim[1]));
    }

    private long count(List<Long> applications, ApplicationStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM grant_application WHERE id IN (:applications) AND status = :status")
                .param("applications", applications)
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
