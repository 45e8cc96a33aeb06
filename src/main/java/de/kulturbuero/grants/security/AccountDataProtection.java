package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountAdministrationRepository;
import de.kulturbuero.grants.security.domain.AccountEntity;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data protection on accounts: the account's data for the owner's export, a deletion
 * request (locks the account at once), and the anonymisation that overwrites every personal
 * field. Internal API of the data-protection module, which checks who may call it.
 */
@Service
@Transactional
public class AccountDataProtection {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountAdministrationRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;

    AccountDataProtection(
            AccountAdministrationRepository accounts, PasswordEncoder passwordEncoder, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> exportOf(long accountId) {
        AccountEntity a = accounts.findById(accountId).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", a.getEmail());
        m.put("displayName", a.getDisplayName());
        m.put("organisation", a.getOrganisation());
        m.put("preferredLanguage", a.getPreferredLanguage());
        m.put("roles", new TreeSet<>(a.getRoles()));
        m.put("createdAt", a.getCreatedAt() == null ? null : a.getCreatedAt().toString());
        return m;
    }

    /** Locks the account at once (the session ends on the next request) and records the request. */
    public void requestDeletion(long accountId, Instant now) {
        accounts.requestDeletion(accountId, now);
    }

    @Transactional(readOnly = true)
    public List<Long> deletionRequested() {
        return accounts.deletionRequested();
    }

    @Transactional(readOnly = true)
    public boolean isDeletionRequested(long accountId) {
        return accounts.isDeletionRequested(accountId);
    }

    public void anonymise(long accountId, Instant now) {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        accounts.removeRoles(accountId);
        accounts.anonymise(accountId, passwordEncoder.encode(Base64.getEncoder().encodeToString(raw)), now);
        // the security log keeps what happened, but no longer whose address it was
        jdbc.update("UPDATE security_event SET account_email = NULL WHERE account_id = ?", accountId);
        jdbc.update("UPDATE security_event SET actor_email = NULL WHERE actor_id = ?", accountId);
    }
}
