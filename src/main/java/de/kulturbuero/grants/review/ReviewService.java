package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.HistoryEntry;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The officers' work on a case: inbox, claim, formal check, decision, history. Checks what the
 * engine does not: that the officer holds one of the task's candidate groups, holds the task,
 * and (four eyes) did not do the formal check of the case they decide.
 */
@Service
@PreAuthorize("hasAnyRole('CLERK','REVIEWER','HEAD','FINANCE')")
public class ReviewService {

    private final GrantReviewProcess process;
    private final GrantApplicationService applications;
    private final GrantApplicationProcessing processing;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    ReviewService(GrantReviewProcess process, GrantApplicationService applications, GrantApplicationProcessing processing,
                  ProgrammeService programmes, AccountService accounts, CurrentUser currentUser) {
        this.process = process;
        this.applications = applications;
        this.processing = processing;
        this.programmes = programmes;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Open tasks of my roles and the ones assigned to me, oldest first. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox() {
        PortalUser user = currentUser.require();
        List<OpenTask> tasks = process.openTasks(currentUser.roles(), user.userId());
        Map<Long, ApplicationSummary> apps = applications.forOfficers(tasks.stream().map(OpenTask::applicationId).toList());
        Map<Long, String> cities = programmes.activePartnerCities().stream()
                .collect(Collectors.toMap(PartnerCitySummary::id, PartnerCitySummary::name));
        Map<Long, String> names = accounts.displayNames(tasks.stream().map(OpenTask::assignee).filter(Objects::nonNull)
                .map(Long::valueOf).collect(Collectors.toSet()));
        return tasks.stream().filter(t -> apps.containsKey(t.applicationId())).map(t -> {
            ApplicationSummary a = apps.get(t.applicationId());
            return new InboxItem(t.taskId(), t.step(), a.id(), a.referenceNumber(), a.title(), a.programmeId(),
                    a.partnerCityId() == null ? null : cities.get(a.partnerCityId()), a.requestedAmount(), t.createdAt(),
                    t.assignee(), t.assignee() == null ? null : names.get(Long.valueOf(t.assignee())),
                    user.userId().equals(t.assignee()));
        }).toList();
    }

    /** A task and its application; any officer may read it, only the task's roles may act. */
    @Transactional(readOnly = true)
    public TaskDetails task(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = process.task(taskId).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
        ApplicationSummary application = applications.get(task.applicationId());
        String city = applications.partnerCity(application).map(PartnerCitySummary::name).orElse(null);
        return new TaskDetails(task.taskId(), task.step(), task.createdAt(), task.assignee(),
                user.userId().equals(task.assignee()), holdsCandidateGroup(task), application, city);
    }

    /** Takes the task. Exactly one of two officers claiming at once succeeds; the other gets a clear refusal. */
    @Transactional
    public void claim(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = actionable(taskId);
        if (user.userId().equals(task.assignee())) {
            return;
        }
        if (task.assignee() != null || !process.claim(taskId, user.userId())) {
            throw new ReviewRefused("review.error.already-claimed");
        }
    }

    /** Gives a claimed task back to the group. */
    @Transactional
    public void unclaim(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = actionable(taskId);
        if (!user.userId().equals(task.assignee())) {
            throw new ReviewRefused("review.error.not-yours");
        }
        process.unclaim(taskId);
    }

    /** Formal check: complete (goes on to the decision) or not complete (ends, with the note as reason). */
    @Transactional
    public void completeFormalCheck(String taskId, boolean complete, String note) {
        PortalUser user = currentUser.require();
        OpenTask task = heldByMe(taskId, ProcessIds.TASK_FORMAL_CHECK);
        if (!complete && (note == null || note.isBlank())) {
            throw new ReviewRefused("review.error.note-required");
        }
        processing.recordFormalCheck(task.applicationId(), note == null || note.isBlank() ? null : note.strip());
        Map<String, Object> outcome = new HashMap<>();
        outcome.put(ProcessIds.VAR_FORMAL_CHECK_COMPLETE, complete);
        outcome.put(ProcessIds.VAR_FORMAL_CHECK_BY, user.userId());
        process.complete(taskId, outcome);
    }

    /** Decision: approve with an amount (at most the requested amount) or reject with a reason. */
    @Transactional
    public void decide(String taskId, boolean approve, BigDecimal amount, String reason) {
        PortalUser user = currentUser.require();
        OpenTask task = heldByMe(taskId, ProcessIds.TASK_DECISION);
        Object checkedBy = process.variable(taskId, ProcessIds.VAR_FORMAL_CHECK_BY).orElse(null);
        if (user.userId().equals(checkedBy)) {
            throw new ReviewRefused("review.error.four-eyes");
        }
        if (approve) {
            BigDecimal requested = processing.requestedAmount(task.applicationId());
            if (amount == null || amount.signum() <= 0) {
                throw new ReviewRefused("review.error.amount-required");
            }
            if (amount.compareTo(requested) > 0) {
                throw new ReviewRefused("review.error.amount-above-requested");
            }
            processing.recordDecision(task.applicationId(), amount, blankToNull(reason), user.accountId());
        } else {
            if (reason == null || reason.isBlank()) {
                throw new ReviewRefused("review.error.reason-required");
            }
            processing.recordDecision(task.applicationId(), null, reason.strip(), user.accountId());
        }
        Map<String, Object> outcome = new HashMap<>();
        outcome.put(ProcessIds.VAR_APPROVED, approve);
        outcome.put(ProcessIds.VAR_DECIDED_BY, user.userId());
        process.complete(taskId, outcome);
    }

    /** The steps a case went through, with who did them. Applicants may read the history of their own case. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReviewStep> history(long applicationId) {
        applications.get(applicationId); // checks that the current user may see this application
        List<HistoryEntry> entries = process.history(applicationId);
        Set<Long> ids = entries.stream().map(HistoryEntry::assignee).filter(Objects::nonNull).map(Long::valueOf)
                .collect(Collectors.toSet());
        Map<Long, String> names = ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
        boolean officer = currentUser.isOfficer();
        return entries.stream().map(e -> new ReviewStep(e.step(), e.startedAt(), e.endedAt(),
                officer && e.assignee() != null ? names.get(Long.valueOf(e.assignee())) : null)).toList();
    }

    private OpenTask actionable(String taskId) {
        OpenTask task = process.task(taskId).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
        if (!holdsCandidateGroup(task)) {
            throw new AccessDeniedException("Not a candidate for task " + taskId);
        }
        return task;
    }

    /** The task, claimed for me if it was free; refused if another officer holds it. */
    private OpenTask heldByMe(String taskId, String expectedStep) {
        PortalUser user = currentUser.require();
        OpenTask task = actionable(taskId);
        if (!expectedStep.equals(task.step())) {
            throw new ReviewRefused("review.error.wrong-step");
        }
        if (task.assignee() == null) {
            if (!process.claim(taskId, user.userId())) {
                throw new ReviewRefused("review.error.already-claimed");
            }
        } else if (!task.assignee().equals(user.userId())) {
            throw new ReviewRefused("review.error.already-claimed");
        }
        return task;
    }

    private boolean holdsCandidateGroup(OpenTask task) {
        Set<String> mine = new HashSet<>(currentUser.roles());
        mine.retainAll(task.candidateGroups());
        return !mine.isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
