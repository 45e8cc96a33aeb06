package de.kulturbuero.grants.dataprotection;

import de.kulturbuero.grants.grantapplication.ApplicationDataProtection;
import de.kulturbuero.grants.review.CaseHistoryRetention;
import de.kulturbuero.grants.security.AccountDataProtection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises applications whose retention period has ended ({@code grants.retention.years},
 * default 5, after the end of the case: its closing after the final report's check, or the
 * rejection, the finding of ineligibility or the withdrawal): the engine's history of the case first, then the personal
 * free texts of the application (programme, city, status, amounts and dates stay for the
 * statistics). Then anonymises the accounts whose owners asked for deletion once none of their
 * applications is kept any longer. Runs nightly ({@code grants.retention.cron}); each case in
 * its own transaction.
 */
@Component
public class RetentionJob {

    /** What one run did. */
    public record Result(int applicationsAnonymised, int casesStillRunning, int accountsAnonymised) {}

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 500;

    private final ApplicationDataProtection applications;
    private final CaseHistoryRetention engineHistory;
    private final AccountDataProtection accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int retentionYears;

    RetentionJob(
            ApplicationDataProtection applications,
            CaseHistoryRetention engineHistory,
            AccountDataProtection accounts,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${grants.retention.years:5}") int retentionYears) {
        this.applications = applications;
        this.engineHistory = engineHistory;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
        this.retentionYears = retentionYears;
    }

    @Scheduled(cron = "${grants.retention.cron:0 30 2 * * *}", zone = "Europe/Berlin")
    public void nightly() {
        Result result = run(clock.instant());
        log.info(
                "Retention run: {} applications anonymised, {} cases wait for their process to end, {} accounts anonymised",
                result.applicationsAnonymised(),
                result.casesStillRunning(),
                result.accountsAnonymised());
    }

    /** One run as of {@code now}. */
    public Result run(Instant now) {
        Instant before = ZonedDateTime.ofInstant(now, clock.getZone())
                .minusYears(retentionYears)
                .toInstant();
        int done = 0;
        int waiting = 0;
        // page through all due cases: the ones that must wait stay behind the cursor, not in front of it
        long afterId = 0;
        List<Long> due;
        do {
            due = applications.dueForAnonymisation(before, afterId, BATCH);
            for (long id : due) {
                Boolean anonymised = transaction.execute(status -> {
                    if (!engineHistory.removeEngineHistory(id)) {
                        return false;
                    }
                    applications.anonymise(id, now);
                    return true;
                });
                if (Boolean.TRUE.equals(anonymised)) {
                    done++;
                } else {
                    waiting++;
                }
                afterId = id;
            }
        } while (due.size() == BATCH);
        int accountsDone = 0;
        for (long accountId : accounts.deletionRequested()) {
            if (applications.allAnonymised(accountId)) {
                transaction.executeWithoutResult(status -> accounts.anonymise(accountId, now));
                accountsDone++;
            }
        }
        return new Result(done, waiting, accountsDone);
    }
}
