package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of a programme's grants of one year, for the dashboard and the yearly report. A
 * grant belongs to the year its approval counts against ({@link ApprovedGrants#approvals}, the
 * same grants as the year's committed budget), and so does every payment made on it, whenever
 * it was paid: the figures say how far the year's grants have been paid out.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD','FINANCE','ADMIN')")
public class PaymentFigures {

    /**
     * Sums over the awards of the year's grants, exact to the cent.
     *
     * @param granted the awards' granted amounts
     * @param paid payments on them that were paid out (status PAID)
     * @param outstanding granted − paid
     * @param heldBack the holdbacks of awards whose final report is not checked yet
     */
    public record Totals(BigDecimal granted, BigDecimal paid, BigDecimal outstanding, BigDecimal heldBack) {

        public static final Totals NONE = new Totals(
                cents(BigDecimal.ZERO), cents(BigDecimal.ZERO), cents(BigDecimal.ZERO), cents(BigDecimal.ZERO));
    }

    private final JdbcClient jdbc;
    private final ApprovedGrants approvedGrants;

    PaymentFigures(JdbcClient jdbc, ApprovedGrants approvedGrants) {
        this.jdbc = jdbc;
        this.approvedGrants = approvedGrants;
    }

    /** The figures of the programme's grants whose approval counts against {@code year}. */
    public Totals of(long programmeId, int year) {
        List<Long> applications = approvedGrants.approvals(programmeId, year);
        if (applications.isEmpty()) {
            return Totals.NONE;
        }
        // an award whose final report is checked has its settled grant: its holdback is no longer held back
        BigDecimal[] awards = jdbc.sql("SELECT COALESCE(SUM(granted_amount), 0),"
                        + " COALESCE(SUM(CASE WHEN settled_grant IS NULL THEN holdback_amount ELSE 0 END), 0)"
                        + " FROM award WHERE application_id IN (:applications)")
                .param("applications", applications)
                .query((rs, i) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)})
                .single();
        BigDecimal paid = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM payment_request"
                        + " WHERE status = :paid AND application_id IN (:applications)")
                .param("paid", PaymentRows.Status.PAID.name())
                .param("applications", applications)
                .query(BigDecimal.class)
                .single();
        BigDecimal granted = cents(awards[0]);
        return new Totals(granted, cents(paid), granted.subtract(cents(paid)), cents(awards[1]));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
