package de.kulturbuero.grants.review;

import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.domain.InboxTasks;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officers' inbox: pages and counts of the open tasks, from the inbox read model (never the engine's task query). */
@Service
@PreAuthorize(Roles.ANY_OFFICER)
public class InboxQueries {

    private final CurrentUser currentUser;
    private final InboxTasks inbox;
    private final ProgrammeService programmes;
    private final AccountService accounts;

    InboxQueries(CurrentUser currentUser, InboxTasks inbox, ProgrammeService programmes, AccountService accounts) {
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.programmes = programmes;
        this.accounts = accounts;
    }

    /** Open tasks of my roles and my own, oldest first (the "my groups" tab plus my own tasks). */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox() {
        List<InboxItem> mine = inbox(InboxQuery.of(InboxQuery.Tab.MINE), 0, 500);
        List<InboxItem> groups = inbox(InboxQuery.of(InboxQuery.Tab.GROUPS), 0, 500);
        Map<String, InboxItem> all = new LinkedHashMap<>();
        Stream.concat(mine.stream(), groups.stream())
                .sorted((a, b) -> a.taskCreatedAt().compareTo(b.taskCreatedAt()))
                .forEach(i -> all.putIfAbsent(i.taskId(), i));
        return List.copyOf(all.values());
    }

    /** One page of an inbox tab, filtered and sorted. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(InboxQuery query, int offset, int limit) {
        PortalUser user = currentUser.require();
        InboxQuery q = allowedTab(query);
        List<InboxTasks.Row> rows =
                inbox.page(q, user.accountId(), currentUser.roles(), currentUser.hasRole(Roles.HEAD), offset, limit);
        Map<Long, String> cities = programmes.activePartnerCities().stream()
                .collect(Collectors.toMap(PartnerCitySummary::id, PartnerCitySummary::name));
        Set<Long> assignees = rows.stream()
                .map(InboxTasks.Row::assigneeId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = assignees.isEmpty() ? Map.of() : accounts.displayNames(assignees);
        return rows.stream()
                .map(r -> new InboxItem(
                        r.taskId(),
                        r.step(),
                        r.applicationId(),
                        r.referenceNumber(),
                        r.title(),
                        r.programmeId(),
                        r.partnerCityId() == null ? null : cities.get(r.partnerCityId()),
                        r.requestedAmount(),
                        r.createdAt(),
                        r.assigneeId() == null ? null : r.assigneeId().toString(),
                        r.assigneeId() == null ? null : names.get(r.assigneeId()),
                        r.assigneeId() != null && r.assigneeId() == user.accountId(),
                        r.submittedAt(),
                        r.overdue(),
                        currentUser.roles().contains(r.candidateGroup())
                                && !Objects.equals(r.excludedAccountId(), user.accountId())))
                .toList();
    }

    /** Number of tasks per tab with the same filters (ALL only for HEAD). */
    @Transactional(readOnly = true)
    public Map<InboxQuery.Tab, Long> inboxCounts(InboxQuery query) {
        PortalUser user = currentUser.require();
        return inbox.counts(query, user.accountId(), currentUser.roles(), currentUser.hasRole(Roles.HEAD));
    }

    /** Number of tasks in one tab. */
    @Transactional(readOnly = true)
    public long inboxCount(InboxQuery query) {
        PortalUser user = currentUser.require();
        InboxQuery q = allowedTab(query);
        return inbox.count(q, q.tab(), user.accountId(), currentUser.roles(), currentUser.hasRole(Roles.HEAD));
    }

    private InboxQuery allowedTab(InboxQuery query) {
        if (query.tab() == InboxQuery.Tab.ALL && !currentUser.hasRole(Roles.HEAD)) {
            return query.withTab(InboxQuery.Tab.GROUPS);
        }
        return query;
    }
}
