package de.kulturbuero.grants.security.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries of the user administration, apart from the login's {@link AccountRepository}. */
public interface AccountAdministrationRepository extends JpaRepository<AccountEntity, Long> {

    @Query(
            "select a from AccountEntity a where :filter = '' or lower(a.email) like concat('%', :filter, '%') "
                    + "or lower(a.displayName) like concat('%', :filter, '%') or lower(a.organisation) like concat('%', :filter, '%')")
    List<AccountEntity> search(@Param("filter") String lowerCaseFilter, Pageable page);

    @Query(
            "select count(a) from AccountEntity a where :filter = '' or lower(a.email) like concat('%', :filter, '%') "
                    + "or lower(a.displayName) like concat('%', :filter, '%') or lower(a.organisation) like concat('%', :filter, '%')")
    long countSearch(@Param("filter") String lowerCaseFilter);

    @Query("select count(distinct a) from AccountEntity a join a.roles r where r = 'ADMIN' and a.enabled = true")
    long countEnabledAdmins();

    boolean existsByEmailIgnoreCase(String email);

    // --- data protection

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(
            value = "UPDATE account SET enabled = FALSE, deletion_requested_at = :now WHERE id = :id",
            nativeQuery = true)
    int requestDeletion(@Param("id") long id, @Param("now") Instant now);

    @Query(
            value = "SELECT id FROM account WHERE deletion_requested_at IS NOT NULL AND anonymised_at IS NULL",
            nativeQuery = true)
    List<Long> deletionRequested();

    @Query(value = "SELECT deletion_requested_at IS NOT NULL FROM account WHERE id = :id", nativeQuery = true)
    boolean isDeletionRequested(@Param("id") long id);

    /** Overwrites every personal field; the row stays because applications and decisions refer to it. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(
            value =
                    "UPDATE account SET email = CONCAT('deleted-', id, '@anonymised.invalid'), display_name = '—', organisation = NULL, "
                            + "street = NULL, postcode = NULL, city = NULL, country = NULL, "
                            + "password_hash = :unusable, enabled = FALSE, anonymised_at = :now WHERE id = :id",
            nativeQuery = true)
    int anonymise(@Param("id") long id, @Param("unusable") String unusablePasswordHash, @Param("now") Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "DELETE FROM account_role WHERE account_id = :id", nativeQuery = true)
    int removeRoles(@Param("id") long id);
}
