package de.kulturbuero.grants.security.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountTokenRepository extends JpaRepository<AccountTokenEntity, Long> {
    Optional<AccountTokenEntity> findByTokenHash(String tokenHash);
}
