package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.HistoryEntry;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps a case went through and its diagram. Applicants read the history of their own case (without officers' names). */
@Service
public class CaseHistory {

    private final GrantApplicationService applications;
    private final GrantReviewProcess process;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    CaseHistory(
            GrantApplicationService applications,
            GrantReviewProcess process,
            AccountService accounts,
            CurrentUser currentUser) {
        this.applications = applications;
        this.process = process;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReviewStep> history(long applicationId) {
        applications.get(applicationId); // checks that the current user may see this application
        List<HistoryEntry> entries = process.history(applicationId);
        Set<Long> ids = entries.stream()
                .map(HistoryEntry::assignee)
                .filter(Objects::nonNull)
                .map(Long::valueOf)
                .collect(Collectors.toSet());
        Map<Long, String> names = ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
        boolean officer = currentUser.isOfficer();
        return entries.stream()
                .map(e -> new ReviewStep(
                        e.step(),
                        e.startedAt(),
                        e.endedAt(),
                        officer && e.assignee() != null ? names.get(Long.valueOf(e.assignee())) : null))
                .toList();
    }

    /** The process diagram (PNG) with the current step highlighted. */
    @PreAuthorize(Roles.ANY_OFFICER)
    @Transactional(readOnly = true)
    public byte[] diagram(long applicationId) {
        applications.get(applicationId); // a draft or an unknown id is refused like a missing case
        return process.diagram(applicationId);
    }

    /** The diagram (PNG) of the case's award process (finality, bank details), once the grant was approved. */
    @PreAuthorize(Roles.ANY_OFFICER)
    @Transactional(readOnly = true)
    public Optional<byte[]> awardDiagram(long applicationId) {
        applications.get(applicationId);
        return process.diagram(applicationId, ProcessIds.AWARD_PROCESS);
    }
}
