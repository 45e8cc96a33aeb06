package de.kulturbuero.grants.grantapplication.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Aggregate queries for reports, the dashboard and the budget check; apart from the repository the applicant's side uses. */
public interface ApplicationStatisticsRepository
        extends JpaRepository<GrantApplicationEntity, Long>, JpaSpecificationExecutor<GrantApplicationEntity> {

    @Query("select a.status, count(a) from GrantApplicationEntity a where a.programmeId = :programme "
            + "and a.submittedAt >= :from and a.submittedAt < :to group by a.status")
    List<Object[]> countByStatus(
            @Param("programme") long programmeId, @Param("from") Instant from, @Param("to") Instant to);

    /**
     * What the programme's approvals decided in [from, to) have committed of its budget; read only
     * through {@link de.kulturbuero.grants.grantapplication.ApprovedGrants#committed}, the one
     * definition that both the budget check at the decision and the dashboard use.
     */
    @Query("select coalesce(sum(a.grantedAmount), 0) from GrantApplicationEntity a where a.programmeId = :programme "
            + "and a.grantedAmount is not null "
            + "and a.decidedAt >= :from and a.decidedAt < :to")
    BigDecimal committed(@Param("programme") long programmeId, @Param("from") Instant from, @Param("to") Instant to);

    /** The ids of the approvals {@link #committed} sums, with the same conditions. */
    @Query("select a.id from GrantApplicationEntity a where a.programmeId = :programme "
            + "and a.grantedAmount is not null "
            + "and a.decidedAt >= :from and a.decidedAt < :to")
    List<Long> committedIds(@Param("programme") long programmeId, @Param("from") Instant from, @Param("to") Instant to);

    @Query("select a.partnerCityId, count(a), coalesce(sum(a.requestedAmount), 0), "
            + "sum(case when a.grantedAmount is not null then 1 else 0 end), coalesce(sum(a.grantedAmount), 0) "
            + "from GrantApplicationEntity a where a.programmeId = :programme "
            + "and a.submittedAt >= :from and a.submittedAt < :to group by a.partnerCityId")
    List<Object[]> byPartnerCity(
            @Param("programme") long programmeId, @Param("from") Instant from, @Param("to") Instant to);

    @Query("select a.submittedAt, a.decidedAt from GrantApplicationEntity a where a.programmeId = :programme "
            + "and a.submittedAt is not null and a.decidedAt >= :from and a.decidedAt < :to")
    List<Object[]> decisionTimes(
            @Param("programme") long programmeId, @Param("from") Instant from, @Param("to") Instant to);

    /**
     * Funded projects whose applicant agreed to publication: only public project data, never
     * the applicant. Reads the column natively so the entity stays with the application module.
     */
    @Query(
            value =
                    "SELECT a.title, a.partner_organisation, a.partner_city_id, a.programme_id, a.decided_at, a.granted_amount "
                            + "FROM grant_application a WHERE a.consent_publish = TRUE AND a.granted_amount IS NOT NULL "
                            + "AND a.decided_at IS NOT NULL AND a.status <> 'REJECTED' ORDER BY a.decided_at DESC",
            nativeQuery = true)
    List<Object[]> publishedProjects();
}
