package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.ApplicationStatisticsRepository;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one definition of what a programme has committed of its budget for a year: the sum of the
 * amounts granted by its approvals whose decision ({@code decided_at}) falls in that calendar
 * year in the office's time zone. It reads the granted amount, not the status: the later phases
 * (payment, final report, closing) move the status on, and an approved grant stays committed
 * through them (a reclaim or a lapsed amount will subtract here, once those exist). The review module's
 * budget check at the decision and the dashboard both read it (through review's
 * {@code ProgrammeBudgets}), so they cannot disagree: whatever changes an approved application's
 * amount or status changes both figures at once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CLERK','REVIEWER','HEAD','FINANCE','ADMIN')")
public class ApprovedGrants {

    private final ApplicationStatisticsRepository repository;

    ApprovedGrants(ApplicationStatisticsRepository repository) {
        this.repository = repository;
    }

    /** Sum of the amounts granted by the programme's approvals decided in {@code year} (0 when none). */
    public BigDecimal committed(long programmeId, int year) {
        return repository.committed(programmeId, start(year), start(year + 1));
    }

    /**
     * The ids of the applications whose granted amounts {@link #committed} sums: the grants that
     * belong to the programme's {@code year}, for figures kept elsewhere about the same grants
     * (the payment module's money figures).
     */
    public List<Long> approvals(long programmeId, int year) {
        return repository.committedIds(programmeId, start(year), start(year + 1));
    }

    /** The calendar year (office time zone) a decision taken at {@code decidedAt} counts against. */
    public static int budgetYear(Instant decidedAt) {
        return LocalDate.ofInstant(decidedAt, Formats.ZONE).getYear();
    }

    private static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
    }
}
