package de.kulturbuero.grants.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<AccountEntity, Long> {

    Optional<AccountEntity> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    Optional<AccountEntity> findByIdentityProviderAndExternalSubject(String identityProvider, String externalSubject);

    /** Id and display name of these accounts, without loading the accounts and their roles. */
    @Query("select a.id as id, a.displayName as displayName from AccountEntity a where a.id in :ids")
    List<DisplayName> findDisplayNames(@Param("ids") Collection<Long> ids);

    interface DisplayName {
        Long getId();

        String getDisplayName();
    }

    /** Enabled accounts holding {@code role} (review workflow: hand-over, escalation to HEAD). */
    @Query(
            "select distinct a from AccountEntity a join a.roles r where r = :role and a.enabled = true order by a.displayName")
    List<AccountEntity> findEnabledByRole(@Param("role") String role);
}
