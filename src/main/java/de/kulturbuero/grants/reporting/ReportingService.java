package de.kulturbuero.grants.reporting;

import de.kulturbuero.grants.grantapplication.ApplicationStatistics;
import de.kulturbuero.grants.payment.PaymentFigures;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.review.BudgetSituation;
import de.kulturbuero.grants.review.FinalReportFigures;
import de.kulturbuero.grants.review.OverdueTasks;
import de.kulturbuero.grants.review.ProgrammeBudgets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures per programme and year (HEAD and ADMIN). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD','ADMIN')")
public class ReportingService {

    private final ProgrammeService programmes;
    private final ApplicationStatistics statistics;
    private final OverdueTasks overdueTasks;
    private final ProgrammeBudgets budgets;
    private final PaymentFigures payments;
    private final FinalReportFigures reports;

    ReportingService(
            ProgrammeService programmes,
            ApplicationStatistics statistics,
            OverdueTasks overdueTasks,
            ProgrammeBudgets budgets,
            PaymentFigures payments,
            FinalReportFigures reports) {
        this.reports = reports;
        this.programmes = programmes;
        this.statistics = statistics;
        this.overdueTasks = overdueTasks;
        this.budgets = budgets;
        this.payments = payments;
    }

    /** Every programme's figures for {@code year}, in the programmes' order. */
    public List<ProgrammeFigures> dashboard(int year) {
        Map<Long, PartnerCitySummary> cities = partnerCities();
        return programmes.allProgrammes().stream()
                .sorted(Comparator.comparing(ProgrammeSummary::id))
                .map(p -> figures(p, year, cities))
                .toList();
    }

    public ProgrammeFigures figures(long programmeId, int year) {
        return figures(
                programmes
                        .programme(programmeId)
                        .orElseThrow(() -> new IllegalArgumentException("No programme " + programmeId)),
                year,
                partnerCities());
    }

    /** All partner cities by id, read once per dashboard (not once per programme). */
    private Map<Long, PartnerCitySummary> partnerCities() {
        return programmes.allPartnerCities().stream()
                .collect(Collectors.toMap(PartnerCitySummary::id, Function.identity()));
    }

    private ProgrammeFigures figures(ProgrammeSummary p, int year, Map<Long, PartnerCitySummary> cities) {
        // the same figures the officer deciding sees and the budget check at the decision uses
        BudgetSituation budget = budgets.situation(p.id(), year);
        List<ProgrammeFigures.CityRow> byCity = statistics.byPartnerCity(p.id(), year).stream()
                .map(c -> {
                    PartnerCitySummary city = c.partnerCityId() == null ? null : cities.get(c.partnerCityId());
                    return new ProgrammeFigures.CityRow(
                            city == null ? "—" : city.name(),
                            city == null ? "" : city.country(),
                            city == null ? 0 : city.distanceKm(),
                            c.applications(),
                            c.requested(),
                            c.approved(),
                            c.granted());
                })
                .sorted(Comparator.comparing(ProgrammeFigures.CityRow::applications)
                        .reversed()
                        .thenComparing(ProgrammeFigures.CityRow::cityName))
                .toList();
        OptionalDouble days = statistics.averageDaysToDecision(p.id(), year);
        return new ProgrammeFigures(
                p,
                year,
                budget.annualBudget(),
                budget.committed(),
                budget.remaining(),
                statistics.countByStatus(p.id(), year),
                byCity,
                days.isPresent() ? days.getAsDouble() : null,
                overdueTasks.count(p.id(), year),
                payments.of(p.id(), year),
                reports.of(p.id(), year));
    }
}
