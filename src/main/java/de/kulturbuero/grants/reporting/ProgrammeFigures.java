package de.kulturbuero.grants.reporting;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.payment.PaymentFigures;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.review.FinalReportFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One programme's figures for one calendar year.
 *
 * @param committed sum of the amounts granted by approvals decided in the year (review's
 *                  {@code ProgrammeBudgets}, the same figure the budget check at the decision uses)
 * @param remaining budget − committed (negative when over budget)
 * @param byStatus applications submitted in the year, by their status today
 * @param byCity applications submitted in the year, by partner city
 * @param averageDaysToDecision over the applications decided in the year; null when none
 * @param overdueTasks open tasks the inbox flags overdue, office-wide, of the applications submitted
 *                     in the year (a task has no year of its own; see review's OverdueTasks)
 * @param payments granted, paid, outstanding and held back of the grants decided in the year
 *                 (payment's {@code PaymentFigures}: the same grants as {@code committed})
 * @param reports where the final reports of the same grants stand: awaited, overdue, in check,
 *                closed, reclaimed and interest (review's {@code FinalReportFigures})
 */
public record ProgrammeFigures(
        ProgrammeSummary programme,
        int year,
        BigDecimal budget,
        BigDecimal committed,
        BigDecimal remaining,
        Map<ApplicationStatus, Long> byStatus,
        List<CityRow> byCity,
        Double averageDaysToDecision,
        long overdueTasks,
        PaymentFigures.Totals payments,
        FinalReportFigures.Totals reports) {

    /** Figures of one partner city ({@code cityName} "—" when the application named none). */
    public record CityRow(
            String cityName,
            String country,
            long distanceKm,
            long applications,
            BigDecimal requested,
            long approved,
            BigDecimal granted) {}

    public long applications() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
