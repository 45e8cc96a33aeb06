package de.kulturbuero.grants.security.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Queries of the user administration (issue 5), apart from the login's {@link AccountRepository}. */
public interface AccountAdministrationRepository extends JpaRepository<AccountEntity, Long> {

    @Query("select a from AccountEntity a where :filter = '' or lower(a.email) like concat('%', :filter, '%') "
            + "or lower(a.displayName) like concat('%', :filter, '%') or lower(a.organisation) like concat('%', :filter, '%')")
    List<AccountEntity> search(@Param("filter") String lowerCaseFilter, Pageable page);

    @Query("select count(a) from AccountEntity a where :filter = '' or lower(a.email) like concat('%', :filter, '%') "
            + "or lower(a.displayName) like concat('%', :filter, '%') or lower(a.organisation) like concat('%', :filter, '%')")
    long countSearch(@Param("filter") String lowerCaseFilter);

    @Query("select count(distinct a) from AccountEntity a join a.roles r where r = 'ADMIN' and a.enabled = true")
    long countEnabledAdmins();

    boolean existsByEmailIgnoreCase(String email);
}
