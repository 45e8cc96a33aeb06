package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.ApplicationStatisticsRepository;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationEntity;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures about applications for reports and the dashboard: no personal data, only
 * counts and sums per programme and calendar year (years in the office's time zone).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD','ADMIN')")
public class ApplicationStatistics {

    /** Applications with one partner city submitted in the year; granted = approved amounts. */
    public record CityFigures(
            Long partnerCityId, long applications, BigDecimal requested, long approved, BigDecimal granted) {}

    private final ApplicationStatisticsRepository repository;
    private final AccountService accounts;

    ApplicationStatistics(ApplicationStatisticsRepository repository, AccountService accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    /** A page of the submitted applications matching {@code filter}, newest submission first. */
    public List<ApplicationReportRow> list(ApplicationFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return toRows(repository
                .findAll(spec(filter), PageRequest.of(offset / size, size, NEWEST_FIRST))
                .getContent());
    }

    public int count(ApplicationFilter filter) {
        return (int) repository.count(spec(filter));
    }

    /** Every submitted application matching {@code filter} (for exports), newest submission first. */
    public List<ApplicationReportRow> listAll(ApplicationFilter filter) {
        return toRows(repository.findAll(spec(filter), NEWEST_FIRST));
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));

    private List<ApplicationReportRow> toRows(List<GrantApplicationEntity> entities) {
        Map<Long, String> names = accounts.displayNames(entities.stream()
                .map(GrantApplicationEntity::getApplicantId)
                .distinct()
                .toList());
        return entities.stream()
                .map(e -> new ApplicationReportRow(
                        e.getId(),
                        e.getReferenceNumber(),
                        e.getTitle(),
                        e.getProgrammeId(),
                        e.getPartnerCityId(),
                        e.getPartnerOrganisation(),
                        names.get(e.getApplicantId()),
                        e.getStatus(),
                        e.getRequestedAmount(),
                        e.getGrantedAmount(),
                        e.getSubmittedAt(),
                        e.getDecidedAt(),
                        e.getStartDate(),
                        e.getEndDate()))
                .toList();
    }

    private static Specification<GrantApplicationEntity> spec(ApplicationFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.isNotNull(root.get("submittedAt")));
            if (f.programmeId() != null) {
                p.add(cb.equal(root.get("programmeId"), f.programmeId()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.partnerCityId() != null) {
                p.add(cb.equal(root.get("partnerCityId"), f.partnerCityId()));
            }
            if (f.year() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), start(f.year())));
                p.add(cb.lessThan(root.get("submittedAt"), start(f.year() + 1)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    /** Applications submitted in {@code year}, by their status today. */
    public Map<ApplicationStatus, Long> countByStatus(long programmeId, int year) {
        Map<ApplicationStatus, Long> result = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : repository.countByStatus(programmeId, start(year), start(year + 1))) {
            result.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        return result;
    }

    /** Applications submitted in {@code year}, by partner city. */
    public List<CityFigures> byPartnerCity(long programmeId, int year) {
        return repository.byPartnerCity(programmeId, start(year), start(year + 1)).stream()
                .map(r -> new CityFigures(
                        (Long) r[0], (Long) r[1], (BigDecimal) r[2], ((Number) r[3]).longValue(), (BigDecimal) r[4]))
                .toList();
    }

    /** Average days from submission to decision over the applications decided in {@code year}; empty when none. */
    public OptionalDouble averageDaysToDecision(long programmeId, int year) {
        return repository.decisionTimes(programmeId, start(year), start(year + 1)).stream()
                .mapToDouble(
                        r -> Duration.between((Instant) r[0], (Instant) r[1]).toMinutes() / (24.0 * 60))
                .average();
    }

    static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
    }
}
