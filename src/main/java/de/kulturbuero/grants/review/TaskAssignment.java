package de.kulturbuero.grants.review;

import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.Comments;
import de.kulturbuero.grants.review.domain.InboxTasks;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.security.AccountContact;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds a task: claim, give back, hand over to a colleague. Every change is audited. */
@Service
@PreAuthorize(Roles.ANY_OFFICER)
public class TaskAssignment {

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final InboxTasks inbox;
    private final Comments comments;
    private final AuditLog audit;
    private final Clock clock;

    TaskAssignment(
            TaskGuard guard,
            GrantReviewProcess process,
            CurrentUser currentUser,
            AccountService accounts,
            InboxTasks inbox,
            Comments comments,
            AuditLog audit,
            Clock clock) {
        this.guard = guard;
        this.process = process;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.inbox = inbox;
        this.comments = comments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes the task. Exactly one of two officers claiming at once succeeds; the other gets a clear
     * refusal. The content reviewer of a case is refused its decision before the engine is asked,
     * so the task stays free for a colleague.
     */
    @Transactional
    public void claim(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = guard.actionable(taskId);
        guard.refuseOwnReview(task, user.accountId(), "review.error.four-eyes-reviewer");
        if (user.userId().equals(task.assignee())) {
            return;
        }
        if (task.assignee() != null || !process.claim(taskId, user.userId())) {
            throw new ReviewRefused("review.error.already-claimed");
        }
        audit.record(task.applicationId(), taskId, "CLAIM", user.accountId(), clock.instant(), task.step());
    }

    /** Gives a claimed task back to the group. */
    @Transactional
    public void unclaim(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = guard.actionable(taskId);
        if (!user.userId().equals(task.assignee())) {
            throw new ReviewRefused("review.error.not-yours");
        }
        process.unclaim(taskId);
        inbox.assign(taskId, null);
        audit.record(task.applicationId(), taskId, "UNCLAIM", user.accountId(), clock.instant(), task.step());
    }

    /** Officers who could take over a task (holding its role, not barred by four eyes), without me. */
    @Transactional(readOnly = true)
    public List<Colleague> colleaguesFor(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = guard.open(taskId);
        Long excluded = guard.excludedAccount(task);
        return task.candidateGroups().stream()
                .flatMap(g -> accounts.withRole(g).stream())
                .filter(c -> c.id() != user.accountId() && !Objects.equals(excluded, c.id()))
                .map(c -> new Colleague(c.id(), c.displayName()))
                .distinct()
                .toList();
    }

    /**
     * Hands a task to a colleague holding its role, with a note (kept as internal comment). The
     * current holder, or anyone of the role when the task is free, may hand it over; HEAD may
     * reassign any task.
     */
    @Transactional
    public void handOver(String taskId, long colleagueId, String note) {
        PortalUser user = currentUser.require();
        OpenTask task = guard.open(taskId);
        boolean head = currentUser.hasRole(Roles.HEAD);
        if (!head && !guard.holdsCandidateGroup(task)) {
            throw new AccessDeniedException("Not a candidate for task " + taskId);
        }
        if (!head && task.assignee() != null && !user.userId().equals(task.assignee())) {
            throw new ReviewRefused("review.error.already-claimed");
        }
        AccountContact colleague =
                accounts.contact(colleagueId).orElseThrow(() -> new ReviewRefused("review.error.colleague-unknown"));
        if (colleague.roles().stream().noneMatch(task.candidateGroups()::contains)) {
            throw new ReviewRefused("review.error.colleague-wrong-role");
        }
        guard.refuseOwnReview(task, colleague.id(), "review.error.colleague-four-eyes");
        process.handOver(taskId, colleague.userId());
        inbox.assign(taskId, colleague.id());
        String detail = colleague.displayName() + (note == null || note.isBlank() ? "" : ": " + note.strip());
        audit.record(task.applicationId(), taskId, "HAND_OVER", user.accountId(), clock.instant(), detail);
        if (note != null && !note.isBlank()) {
            comments.add(task.applicationId(), user.accountId(), TaskGuard.limit(note), clock.instant());
        }
    }
}
