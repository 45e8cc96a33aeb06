package de.kulturbuero.grants.grantapplication.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface GrantApplicationRepository extends JpaRepository<GrantApplicationEntity, Long> {

    List<GrantApplicationEntity> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    /** Loads the application with its row locked (SELECT … FOR UPDATE): serialises concurrent submissions of one draft. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from GrantApplicationEntity a where a.id = :id")
    Optional<GrantApplicationEntity> findForUpdate(long id);
}
