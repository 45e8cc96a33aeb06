package de.kulturbuero.grants.review.domain;

import de.kulturbuero.grants.review.InboxQuery;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox's read model (table inbox_task): one row per open user task with the application's
 * columns the inbox filters on. Kept by task listeners in the engine's transaction, so it is
 * never out of step with the engine; queried with plain indexed SQL (Flowable's task query with
 * candidate groups and counts is too slow at 50,000 open tasks, measured by InboxBenchmark: see the README).
 */
@Repository
public class InboxTasks {

    /**
     * @param excludedAccountId the account that may not work on the task (four eyes: the content
     *                          reviewer of the case, on a decision task), or null
     */
    public record Row(
            String taskId,
            long applicationId,
            String step,
            String candidateGroup,
            Long assigneeId,
            Instant createdAt,
            boolean overdue,
            String referenceNumber,
            String title,
            long programmeId,
            Long partnerCityId,
            BigDecimal requestedAmount,
            Instant submittedAt,
            Long excludedAccountId) {}

    /**
     * A task offered to the user through their groups: one of their roles, and not a task they are
     * excluded from (four eyes: nobody is offered the decision on their own content review).
     */
    private static final String OFFERED =
            "(candidate_group IN (:groups) AND (excluded_account_id IS NULL OR excluded_account_id <> :me))";

    /** No account has this id: office-wide counts are nobody's "mine". */
    private static final long NO_ACCOUNT = -1;

    private final JdbcClient jdbc;

    InboxTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row r) {
        jdbc.sql(
                        "INSERT INTO inbox_task (task_id, application_id, step, candidate_group, assignee_id, created_at, overdue, "
                                + "reference_number, title, programme_id, partner_city_id, requested_amount, submitted_at, excluded_account_id) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.taskId(),
                        r.applicationId(),
                        r.step(),
                        r.candidateGroup(),
                        r.assigneeId(),
                        Timestamp.from(r.createdAt()),
                        r.overdue(),
                        r.referenceNumber(),
                        r.title(),
                        r.programmeId(),
                        r.partnerCityId(),
                        r.requestedAmount(),
                        r.submittedAt() == null ? null : Timestamp.from(r.submittedAt()),
                        r.excludedAccountId())
                .update();
    }

    public void assign(String taskId, Long assigneeId) {
        jdbc.sql("UPDATE inbox_task SET assignee_id = ? WHERE task_id = ?")
                .params(assigneeId, taskId)
                .update();
    }

    public void remove(String taskId) {
        jdbc.sql("DELETE FROM inbox_task WHERE task_id = ?").param(taskId).update();
    }

    /** Marks the open tasks of an application overdue; returns how many. */
    public int markOverdue(long applicationId) {
        return jdbc.sql("UPDATE inbox_task SET overdue = TRUE WHERE application_id = ?")
                .param(applicationId)
                .update();
    }

    public void updateTitle(long applicationId, String title) {
        jdbc.sql("UPDATE inbox_task SET title = ? WHERE application_id = ?")
                .params(title, applicationId)
                .update();
    }

    public List<Row> ofApplication(long applicationId) {
        return jdbc.sql("SELECT * FROM inbox_task WHERE application_id = ?")
                .param(applicationId)
                .query(InboxTasks::map)
                .list();
    }

    /** One page of the tab, filtered and sorted. */
    public List<Row> page(InboxQuery q, long userId, Collection<String> groups, boolean head, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(q, q.tab(), userId, groups, head, p);
        String order = switch (q.sort() == null ? InboxQuery.Sort.CREATED : q.sort()) {
            case CREATED -> "created_at";
            case SUBMITTED -> "submitted_at";
            case REFERENCE -> "reference_number";
            case AMOUNT -> "requested_amount";
            case TITLE -> "title";
        };
        String dir = q.descending() ? " DESC" : " ASC";
        p.addValue("limit", limit).addValue("offset", offset);
        return jdbc.sql("SELECT * FROM inbox_task WHERE " + where + " ORDER BY " + order + dir + ", task_id" + dir
                        + " LIMIT :limit OFFSET :offset")
                .paramSource(p)
                .query(InboxTasks::map)
                .list();
    }

    public long count(InboxQuery q, InboxQuery.Tab tab, long userId, Collection<String> groups, boolean head) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(q, tab, userId, groups, head, p);
        return jdbc.sql("SELECT COUNT(*) FROM inbox_task WHERE " + where)
                .paramSource(p)
                .query(Long.class)
                .single();
    }

    /**
     * Number of tasks in the query's tab as HEAD sees it: office-wide, not limited to anyone's
     * groups or tasks (so meant for the OVERDUE and ALL tabs). Same WHERE clause as the inbox, so a
     * figure elsewhere (the dashboard) always matches what HEAD finds in the tab.
     */
    public long countOfficeWide(InboxQuery q) {
        return count(q, q.tab(), NO_ACCOUNT, List.of(), true);
    }

    /**
     * Counts of every tab the user has, with the same filters, in one pass over the matching rows
     * (ALL only for HEAD).
     */
    public Map<InboxQuery.Tab, Long> counts(InboxQuery q, long userId, Collection<String> groups, boolean head) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(q, InboxQuery.Tab.ALL, userId, groups, head, p);
        String overdue = head ? "overdue = TRUE" : "overdue = TRUE AND (" + OFFERED + " OR assignee_id = :me)";
        Map<String, Object> row = jdbc.sql("SELECT COALESCE(SUM(assignee_id = :me), 0) AS mine, "
                        + "COALESCE(SUM(" + OFFERED + "), 0) AS grps, COALESCE(SUM(" + overdue + "), 0) AS overdue, "
                        + "COUNT(*) AS everything FROM inbox_task WHERE " + where)
                .paramSource(p)
                .query()
                .singleRow();
        Map<InboxQuery.Tab, Long> counts = new EnumMap<>(InboxQuery.Tab.class);
        counts.put(InboxQuery.Tab.MINE, ((Number) row.get("mine")).longValue());
        counts.put(InboxQuery.Tab.GROUPS, ((Number) row.get("grps")).longValue());
        counts.put(InboxQuery.Tab.OVERDUE, ((Number) row.get("overdue")).longValue());
        if (head) {
            counts.put(InboxQuery.Tab.ALL, ((Number) row.get("everything")).longValue());
        }
        return counts;
    }

    private static String where(
            InboxQuery q,
            InboxQuery.Tab tab,
            long userId,
            Collection<String> groups,
            boolean head,
            MapSqlParameterSource p) {
        List<String> and = new ArrayList<>();
        p.addValue("me", userId);
        p.addValue("groups", groups.isEmpty() ? List.of("-") : groups);
        switch (tab) {
            case MINE -> and.add("assignee_id = :me");
            case GROUPS -> and.add(OFFERED);
            case OVERDUE ->
                and.add(head ? "overdue = TRUE" : "overdue = TRUE AND (" + OFFERED + " OR assignee_id = :me)");
            case ALL -> and.add(head ? "1 = 1" : "(" + OFFERED + " OR assignee_id = :me)");
        }
        if (q.programmeId() != null) {
            and.add("programme_id = :programme");
            p.addValue("programme", q.programmeId());
        }
        if (q.partnerCityId() != null) {
            and.add("partner_city_id = :city");
            p.addValue("city", q.partnerCityId());
        }
        if (q.step() != null) {
            and.add("step = :step");
            p.addValue("step", q.step());
        }
        if (q.minAmount() != null) {
            and.add("requested_amount >= :minAmount");
            p.addValue("minAmount", q.minAmount());
        }
        if (q.maxAmount() != null) {
            and.add("requested_amount <= :maxAmount");
            p.addValue("maxAmount", q.maxAmount());
        }
        if (q.submittedFrom() != null) {
            and.add("submitted_at >= :from");
            p.addValue(
                    "from",
                    Timestamp.from(q.submittedFrom().atStartOfDay(Formats.ZONE).toInstant()));
        }
        if (q.submittedTo() != null) {
            and.add("submitted_at < :to");
            p.addValue(
                    "to",
                    Timestamp.from(q.submittedTo()
                            .plusDays(1)
                            .atStartOfDay(Formats.ZONE)
                            .toInstant()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text =
                    q.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            and.add("(reference_number LIKE :refPrefix OR title LIKE :titlePart)");
            p.addValue("refPrefix", text + "%");
            p.addValue("titlePart", "%" + text + "%");
        }
        return String.join(" AND ", and);
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Row(
                rs.getString("task_id"),
                rs.getLong("application_id"),
                rs.getString("step"),
                rs.getString("candidate_group"),
                rs.getObject("assignee_id", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("overdue"),
                rs.getString("reference_number"),
                rs.getString("title"),
                rs.getLong("programme_id"),
                rs.getObject("partner_city_id", Long.class),
                rs.getBigDecimal("requested_amount"),
                submitted == null ? null : submitted.toInstant(),
                rs.getObject("excluded_account_id", Long.class));
    }
}
