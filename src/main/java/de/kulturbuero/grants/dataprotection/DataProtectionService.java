package de.kulturbuero.grants.dataprotection;

import de.kulturbuero.grants.grantapplication.ApplicationDataProtection;
import de.kulturbuero.grants.security.AccountDataProtection;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.SecurityEventType;
import de.kulturbuero.grants.security.SecurityEvents;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The applicant's rights on their data (GDPR Art. 15, 17, 20): a machine-readable export and erasure. */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class DataProtectionService {

    /** What happens to the account after a deletion request. */
    public enum Deletion {
        /** Nothing had to be kept: the account is anonymised now. */
        NOW,
        /** Submitted applications must be kept: the account is locked now and anonymised when their retention ends. */
        AFTER_RETENTION
    }

    private final AccountDataProtection accounts;
    private final ApplicationDataProtection applications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecurityEvents securityEvents;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    DataProtectionService(
            AccountDataProtection accounts,
            ApplicationDataProtection applications,
            CurrentUser currentUser,
            Clock clock,
            SecurityEvents securityEvents) {
        this.securityEvents = securityEvents;
        this.accounts = accounts;
        this.applications = applications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Everything stored about the signed-in applicant, as JSON (UTF-8). */
    @Transactional(readOnly = true)
    public byte[] myDataAsJson() {
        PortalUser user = currentUser.require();
        securityEvents.record(SecurityEventType.EXPORT, "own data as JSON");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("account", accounts.exportOf(user.accountId()));
        data.put("applications", applications.exportFor(user.accountId()));
        return json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Deletes the signed-in applicant's personal data: drafts at once; the account at once when
     * no submitted application must be kept, otherwise it is locked now and anonymised by the
     * retention job when the last retention period ends.
     */
    @Transactional
    public Deletion deleteMyData() {
        PortalUser user = currentUser.require();
        Instant now = clock.instant();
        applications.draftsOf(user.accountId()).forEach(id -> applications.anonymise(id, now));
        accounts.requestDeletion(user.accountId(), now);
        if (applications.allAnonymised(user.accountId())) {
            accounts.anonymise(user.accountId(), now);
            return Deletion.NOW;
        }
        return Deletion.AFTER_RETENTION;
    }
}
