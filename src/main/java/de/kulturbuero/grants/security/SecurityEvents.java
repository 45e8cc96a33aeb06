package de.kulturbuero.grants.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security event log (table {@code security_event}): who, what, when, from which client
 * address, with a detail that never holds a secret (no password, no token, no link). Other
 * modules record what their users do with {@link #record(SecurityEventType, String)} (exports);
 * the security module records sign-ins, locks, roles and passwords itself. Each entry is written
 * in its own transaction, so a refused action (rolled back) and a read-only export are logged
 * too. Only administrators read it; entries older than {@code grants.security.events.kept} are deleted.
 */
@Service
public class SecurityEvents {

    private static final int DETAIL = 500;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration kept;

    SecurityEvents(
            JdbcTemplate jdbc,
            CurrentUser currentUser,
            Clock clock,
            @Value("${grants.security.events.kept:P400D}") Duration kept) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.kept = kept;
    }

    /** Records something the signed-in user did (an export: name what, never the data itself). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventType type, String detail) {
        PortalUser user = currentUser.require();
        insert(
                type,
                user.accountId(),
                user.getUsername(),
                null,
                null,
                ClientAddress.current().orElse(null),
                detail);
    }

    /**
     * Records an event about an account; the signed-in user, when it is someone else (an
     * administrator), is recorded as the one acting.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFor(SecurityEventType type, Long accountId, String accountEmail, String detail) {
        PortalUser actor = currentUser
                .get()
                .filter(u -> accountId == null || u.accountId() != accountId)
                .orElse(null);
        insert(
                type,
                accountId,
                accountEmail,
                actor == null ? null : actor.accountId(),
                actor == null ? null : actor.getUsername(),
                ClientAddress.current().orElse(null),
                detail);
    }

    /** Records a sign-in event with the client address the sign-in came from. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSignIn(SecurityEventType type, Long accountId, String email, String clientAddress, String detail) {
        insert(type, accountId, email, null, null, clientAddress, detail);
    }

    private void insert(
            SecurityEventType type,
            Long accountId,
            String accountEmail,
            Long actorId,
            String actorEmail,
            String clientAddress,
            String detail) {
        jdbc.update(
                "INSERT INTO security_event (occurred_at, event_type, account_id, account_email, actor_id, actor_email,"
                        + " client_address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()),
                type.name(),
                accountId,
                cut(accountEmail, 320),
                actorId,
                cut(actorEmail, 320),
                cut(clientAddress, 64),
                cut(detail, DETAIL));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Newest first: entries whose account or acting person contains {@code account}, of one type or all. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SecurityEvent> search(String account, SecurityEventType type, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(account, type, args);
        args.add(Math.max(1, limit));
        args.add(Math.max(0, offset));
        return jdbc.query(
                "SELECT id, occurred_at, event_type, account_email, actor_email, client_address, detail"
                        + " FROM security_event" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new SecurityEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        SecurityEventType.valueOf(rs.getString("event_type")),
                        rs.getString("account_email"),
                        rs.getString("actor_email"),
                        rs.getString("client_address"),
                        rs.getString("detail")),
                args.toArray());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(String account, SecurityEventType type) {
        List<Object> args = new ArrayList<>();
        String where = where(account, type, args);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM security_event" + where, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(String account, SecurityEventType type, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (account != null && !account.isBlank()) {
            String like = "%"
                    + account.strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            conditions.add("(LOWER(account_email) LIKE ? OR LOWER(actor_email) LIKE ?)");
            args.add(like);
            args.add(like);
        }
        if (type != null) {
            conditions.add("event_type = ?");
            args.add(type.name());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    @Scheduled(cron = "${grants.security.events.cleanup-cron:0 45 2 * * *}")
    @Transactional
    public void deleteOld() {
        jdbc.update(
                "DELETE FROM security_event WHERE occurred_at < ?",
                Timestamp.from(clock.instant().minus(kept)));
    }
}
