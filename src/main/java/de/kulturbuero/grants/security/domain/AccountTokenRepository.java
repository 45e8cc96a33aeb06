package de.kulturbuero.grants.security.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface AccountTokenRepository extends JpaRepository<AccountTokenEntity, Long> {
    Optional<AccountTokenEntity> findByTokenHash(String tokenHash);
}
