package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.ApplicationStatisticsRepository;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funded projects for the public showcase (no login, so no {@code @PreAuthorize}): only
 * applications the applicant agreed to publish at submission, only approved ones, and only the
 * project's public data. The record has no field for the applicant or the project summary, so
 * nothing personal can leak through it.
 */
@Service
@Transactional(readOnly = true)
public class PublishedProjects {

    /** One published project. */
    public record PublishedProject(
            String title,
            String partnerOrganisation,
            Long partnerCityId,
            long programmeId,
            Instant decidedAt,
            BigDecimal grantedAmount) {}

    private final ApplicationStatisticsRepository repository;

    PublishedProjects(ApplicationStatisticsRepository repository) {
        this.repository = repository;
    }

    public List<PublishedProject> all() {
        return repository.publishedProjects().stream()
                .map(r -> new PublishedProject(
                        (String) r[0],
                        (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        instant(r[4]),
                        (BigDecimal) r[5]))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return Timestamp.valueOf(ldt).toInstant();
        }
        return (Instant) value;
    }
}
