package de.kulturbuero.grants.grantapplication.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries of data protection: the applicant's own data, and anonymisation after retention. */
public interface ApplicationRetentionRepository extends JpaRepository<GrantApplicationEntity, Long> {

    List<GrantApplicationEntity> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    /**
     * Cases that reached one of the given statuses before {@code before}: the status change is the
     * case's end, since nothing moves a case on from these. Keyset page by id, so cases that must
     * wait (process still running) never block the ones behind them.
     */
    @Query(
            value = "SELECT id FROM grant_application WHERE anonymised_at IS NULL AND status IN (:statuses) "
                    + "AND status_changed_at < :before AND id > :afterId ORDER BY id LIMIT :max",
            nativeQuery = true)
    List<Long> endedBeforeAndNotAnonymised(
            @Param("statuses") List<String> statuses,
            @Param("before") Instant before,
            @Param("afterId") long afterId,
            @Param("max") int max);

    @Query(
            value =
                    "SELECT id FROM grant_application WHERE applicant_id = :applicant AND submitted_at IS NULL AND anonymised_at IS NULL",
            nativeQuery = true)
    List<Long> draftsOf(@Param("applicant") long applicantId);

    @Query(
            value = "SELECT COUNT(*) FROM grant_application WHERE applicant_id = :applicant AND anonymised_at IS NULL",
            nativeQuery = true)
    long notAnonymisedOf(@Param("applicant") long applicantId);

    @Query(value = "SELECT reference_number FROM grant_application WHERE id = :id", nativeQuery = true)
    String referenceNumber(@Param("id") long id);

    @Query(value = "SELECT anonymised_at IS NOT NULL FROM grant_application WHERE id = :id", nativeQuery = true)
    boolean isAnonymised(@Param("id") long id);

    /**
     * Removes the free texts that may name people; keeps programme, partner city, status, amounts
     * and dates for the statistics. The publication consent ends with it.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(
            value =
                    "UPDATE grant_application SET title = NULL, summary = NULL, partner_organisation = NULL, formal_check_note = NULL, "
                            + "description = NULL, partner_contact = NULL, partner_role = NULL, place = NULL, early_start_reason = NULL, "
                            + "decision_reason = NULL, decision_conditions = NULL, withdrawal_reason = NULL, consent_publish = FALSE, "
                            + "anonymised_at = :now, updated_at = :now, version = version + 1 WHERE id = :id",
            nativeQuery = true)
    int anonymise(@Param("id") long id, @Param("now") Instant now);

    /** The conversation with the applicant (questions and answers are free text). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(
            value = "UPDATE application_message SET text = '—', answer = NULL WHERE application_id = :id",
            nativeQuery = true)
    int anonymiseMessages(@Param("id") long id);

    /** The notices (letters carry the applicant's name and address); their dates stay in the application. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "DELETE FROM application_notice WHERE application_id = :id", nativeQuery = true)
    int deleteNotices(@Param("id") long id);

    /** Descriptions of the financing-plan lines (free text); categories and amounts stay for the statistics. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(
            value = "UPDATE application_financing_line SET description = NULL WHERE application_id = :id",
            nativeQuery = true)
    int anonymiseFinancingLines(@Param("id") long id);

    /** Attachments (CVs, letters, budgets with names) and the receipt, which repeats every entry. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "DELETE FROM application_attachment WHERE application_id = :id", nativeQuery = true)
    int deleteAttachments(@Param("id") long id);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "DELETE FROM application_receipt WHERE application_id = :id", nativeQuery = true)
    int deleteReceipt(@Param("id") long id);
}
