package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicantCaseService;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.Comments;
import de.kulturbuero.grants.review.domain.ContentReviews;
import de.kulturbuero.grants.review.domain.InboxTasks;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.HistoryEntry;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.AccountContact;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The officers' work on a case: inbox, claim and hand-over, formal check with follow-up
 * questions, content review, decision with budget check, comments, case file. Checks what the
 * engine does not: that the officer holds one of the task's candidate groups, holds the task,
 * and (four eyes) is not the content reviewer of the case they decide. Every state-changing
 * action is written to the audit log in the same transaction.
 */
@Service
@PreAuthorize("hasAnyRole('CLERK','REVIEWER','HEAD','FINANCE')")
public class ReviewService {

    private static final Set<String> DECISION_STEPS = Set.of(ProcessIds.TASK_DECISION_REVIEWER, ProcessIds.TASK_DECISION_HEAD);
    private static final int MAX_TEXT = 8000;

    private final GrantReviewProcess process;
    private final GrantApplicationService applications;
    private final ApplicantCaseService applicantCases;
    private final GrantApplicationProcessing processing;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InboxTasks inbox;
    private final ContentReviews contentReviews;
    private final Comments comments;
    private final AuditLog audit;
    private final ProgrammeBudgets budgets;
    private final ReviewCriteria criteria;
    private final ReviewSchedule schedule;
    private final CaseNotifications notifications;
    private final DecisionLimits limits;
    private final Clock clock;

    ReviewService(GrantReviewProcess process, GrantApplicationService applications, ApplicantCaseService applicantCases,
                  GrantApplicationProcessing processing, ProgrammeService programmes, AccountService accounts,
                  CurrentUser currentUser, InboxTasks inbox, ContentReviews contentReviews, Comments comments, AuditLog audit,
                  ProgrammeBudgets budgets, ReviewCriteria criteria, ReviewSchedule schedule, CaseNotifications notifications,
                  DecisionLimits limits, Clock clock) {
        this.process = process;
        this.applications = applications;
        this.applicantCases = applicantCases;
        this.processing = processing;
        this.programmes = programmes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.contentReviews = contentReviews;
        this.comments = comments;
        this.audit = audit;
        this.budgets = budgets;
        this.criteria = criteria;
        this.schedule = schedule;
        this.notifications = notifications;
        this.limits = limits;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- inbox

    /** Open tasks of my roles and my own, oldest first (the "my groups" tab plus my own tasks). */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox() {
        List<InboxItem> mine = inbox(InboxQuery.of(InboxQuery.Tab.MINE), 0, 500);
        List<InboxItem> groups = inbox(InboxQuery.of(InboxQuery.Tab.GROUPS), 0, 500);
        Map<String, InboxItem> all = new LinkedHashMap<>();
        Stream.concat(mine.stream(), groups.stream()).sorted((a, b) -> a.taskCreatedAt().compareTo(b.taskCreatedAt()))
                .forEach(i -> all.putIfAbsent(i.taskId(), i));
        return List.copyOf(all.values());
    }

    /** One page of an inbox tab, filtered and sorted (from the inbox read model, not the engine). */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(InboxQuery query, int offset, int limit) {
        PortalUser user = currentUser.require();
        InboxQuery q = allowedTab(query);
        List<InboxTasks.Row> rows = inbox.page(q, user.accountId(), currentUser.roles(), currentUser.hasRole(Roles.HEAD), offset, limit);
        Map<Long, String> cities = programmes.activePartnerCities().stream()
                .collect(Collectors.toMap(PartnerCitySummary::id, PartnerCitySummary::name));
        Set<Long> assignees = rows.stream().map(InboxTasks.Row::assigneeId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = assignees.isEmpty() ? Map.of() : accounts.displayNames(assignees);
        return rows.stream().map(r -> new InboxItem(r.taskId(), r.step(), r.applicationId(), r.referenceNumber(), r.title(),
                r.programmeId(), r.partnerCityId() == null ? null : cities.get(r.partnerCityId()), r.requestedAmount(),
                r.createdAt(), r.assigneeId() == null ? null : r.assigneeId().toString(),
                r.assigneeId() == null ? null : names.get(r.assigneeId()),
                r.assigneeId() != null && r.assigneeId() == user.accountId(), r.submittedAt(), r.overdue(),
                currentUser.roles().contains(r.candidateGroup()) && !Objects.equals(r.excludedAccountId(), user.accountId())))
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

    // ---------------------------------------------------------------- tasks

    /** A task and what its form needs; any officer may read it, only the task's roles may act. */
    @Transactional(readOnly = true)
    public TaskDetails task(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = process.task(taskId).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
        ApplicationSummary application = applications.get(task.applicationId());
        String city = applications.partnerCity(application).map(PartnerCitySummary::name).orElse(null);
        ContentReviewSummary review = contentReview(application);
        BudgetSituation budget = DECISION_STEPS.contains(task.step()) ? budget(application.programmeId()) : null;
        String barred = null;
        if (DECISION_STEPS.contains(task.step()) && review != null && review.reviewerId() == user.accountId()) {
            barred = "review.error.four-eyes-reviewer";
        }
        return new TaskDetails(task.taskId(), task.step(), task.createdAt(), task.assignee(),
                user.userId().equals(task.assignee()), holdsCandidateGroup(task) && barred == null, application, city,
                review, budget, criteria.of(application.id(), application.programmeId()), barred,
                ProcessIds.TASK_DECISION_REVIEWER.equals(task.step()) ? limits.thresholdOf(application.id()) : null);
    }

    /**
     * Takes the task. Exactly one of two officers claiming at once succeeds; the other gets a clear
     * refusal. The content reviewer of a case is refused its decision before the engine is asked,
     * so the task stays free for a colleague.
     */
    @Transactional
    public void claim(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = actionable(taskId);
        refuseOwnReview(task, user.accountId(), "review.error.four-eyes-reviewer");
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
        OpenTask task = actionable(taskId);
        if (!user.userId().equals(task.assignee())) {
            throw new ReviewRefused("review.error.not-yours");
        }
        process.unclaim(taskId);
        inbox.assign(taskId, null);
        audit.record(task.applicationId(), taskId, "UNCLAIM", user.accountId(), clock.instant(), task.step());
    }

    /** Officers who could take over a task (holding its role), without me. */
    @Transactional(readOnly = true)
    public List<Colleague> colleaguesFor(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = process.task(taskId).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
        Long excluded = excludedAccount(task);
        return task.candidateGroups().stream().flatMap(g -> accounts.withRole(g).stream())
                .filter(c -> c.id() != user.accountId() && !Objects.equals(excluded, c.id()))
                .map(c -> new Colleague(c.id(), c.displayName()))
                .distinct().toList();
    }

    /**
     * Hands a task to a colleague holding its role, with a note (kept as internal comment). The
     * current holder, or anyone of the role when the task is free, may hand it over; HEAD may
     * reassign any task.
     */
    @Transactional
    public void handOver(String taskId, long colleagueId, String note) {
        PortalUser user = currentUser.require();
        OpenTask task = process.task(taskId).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
        boolean head = currentUser.hasRole(Roles.HEAD);
        if (!head && !holdsCandidateGroup(task)) {
            throw new AccessDeniedException("Not a candidate for task " + taskId);
        }
        if (!head && task.assignee() != null && !user.userId().equals(task.assignee())) {
            throw new ReviewRefused("review.error.already-claimed");
        }
        AccountContact colleague = accounts.contact(colleagueId).orElseThrow(() -> new ReviewRefused("review.error.colleague-unknown"));
        if (colleague.roles().stream().noneMatch(task.candidateGroups()::contains)) {
            throw new ReviewRefused("review.error.colleague-wrong-role");
        }
        refuseOwnReview(task, colleague.id(), "review.error.colleague-four-eyes");
        process.handOver(taskId, colleague.userId());
        inbox.assign(taskId, colleague.id());
        String detail = colleague.displayName() + (note == null || note.isBlank() ? "" : ": " + note.strip());
        audit.record(task.applicationId(), taskId, "HAND_OVER", user.accountId(), clock.instant(), detail);
        if (note != null && !note.isBlank()) {
            comments.add(task.applicationId(), user.accountId(), limit(note), clock.instant());
        }
    }

    /**
     * Formal check: complete (→ content review), follow-up question to the applicant (question
     * required; optionally the applicant may edit the application) or ineligible (reason required).
     */
    @Transactional
    public void completeFormalCheck(String taskId, FormalCheckOutcome outcome, String note, String question, boolean allowEdit) {
        PortalUser user = currentUser.require();
        OpenTask task = heldByMe(taskId, Set.of(ProcessIds.TASK_FORMAL_CHECK));
        if (outcome == null) {
            throw new ReviewRefused("review.error.outcome-required");
        }
        switch (outcome) {
            case INELIGIBLE -> {
                if (blank(note)) {
                    throw new ReviewRefused("review.error.note-required");
                }
                processing.recordFormalCheck(task.applicationId(), limit(note));
            }
            case INQUIRY -> {
                if (blank(question)) {
                    throw new ReviewRefused("review.error.question-required");
                }
                Instant due = schedule.replyDueAt(clock.instant());
                // the e-mail goes out from the process's asynchronous Task_SendInquiry, after this commits
                processing.openInquiry(task.applicationId(), limit(question), user.accountId(), due, allowEdit);
            }
            case COMPLETE -> processing.recordFormalCheck(task.applicationId(), blank(note) ? null : limit(note));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(ProcessIds.VAR_FORMAL_CHECK_OUTCOME, outcome.name());
        vars.put(ProcessIds.VAR_FORMAL_CHECK_BY, user.userId());
        if (outcome == FormalCheckOutcome.INQUIRY) {
            vars.put(ProcessIds.VAR_INQUIRY_BY, user.userId());
        }
        process.complete(taskId, vars);
        audit.record(task.applicationId(), taskId, outcome == FormalCheckOutcome.INQUIRY ? "INQUIRY_ASKED" : "FORMAL_CHECK",
                user.accountId(), clock.instant(), outcome.name());
    }

    /** Skeleton-compatible formal check: complete, or not complete (= ineligible, note required). */
    @Transactional
    public void completeFormalCheck(String taskId, boolean complete, String note) {
        completeFormalCheck(taskId, complete ? FormalCheckOutcome.COMPLETE : FormalCheckOutcome.INELIGIBLE, note, null, false);
    }

    /**
     * Content review: a score (1–5) for every criterion, a recommendation (APPROVE/REJECT) and a
     * proposed amount (at most the requested amount). The process then routes the decision by
     * the programme's threshold.
     */
    @Transactional
    public void completeContentReview(String taskId, Map<String, Integer> scores, String recommendation,
                                      BigDecimal proposedAmount, String note) {
        PortalUser user = currentUser.require();
        OpenTask task = heldByMe(taskId, Set.of(ProcessIds.TASK_CONTENT_REVIEW));
        ApplicationSummary application = applications.get(task.applicationId());
        List<String> codes = criteria.of(task.applicationId(), application.programmeId()).stream()
                .map(ReviewCriterion::code).toList();
        if (scores != null && !codes.containsAll(scores.keySet())) {
            throw new ReviewRefused("review.error.score-unknown-criterion");
        }
        for (String criterion : codes) {
            Integer score = scores == null ? null : scores.get(criterion);
            if (score == null || score < ReviewCriteria.MIN_SCORE || score > ReviewCriteria.MAX_SCORE) {
                throw new ReviewRefused("review.error.scores-required");
            }
        }
        if (!ContentReviewSummary.APPROVE.equals(recommendation) && !ContentReviewSummary.REJECT.equals(recommendation)) {
            throw new ReviewRefused("review.error.recommendation-required");
        }
        if (proposedAmount == null || proposedAmount.signum() < 0) {
            throw new ReviewRefused("review.error.amount-required");
        }
        if (proposedAmount.compareTo(application.requestedAmount()) > 0) {
            throw new ReviewRefused("review.error.amount-above-requested");
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        codes.forEach(c -> kept.put(c, scores.get(c)));
        contentReviews.save(task.applicationId(), user.accountId(), recommendation, proposedAmount, blank(note) ? null : limit(note),
                kept, clock.instant());
        process.complete(taskId, Map.of(ProcessIds.VAR_CONTENT_REVIEW_BY, user.userId()));
        audit.record(task.applicationId(), taskId, "CONTENT_REVIEW", user.accountId(), clock.instant(),
                recommendation + " " + proposedAmount.toPlainString());
    }

    /**
     * Decision: approve with an amount (at most the requested amount, within the programme's
     * remaining budget for this year) and optional conditions, or reject with a reason. Four
     * eyes: the content reviewer of the case may not decide it. At the REVIEWER level the approved
     * amount may not exceed the decision threshold of the application's rules version, whatever
     * the content review proposed: to grant more, the reviewer refers the case to the head
     * ({@link #referToHead}).
     */
    @Transactional
    public void decide(String taskId, boolean approve, BigDecimal amount, String conditions, String reason) {
        PortalUser user = currentUser.require();
        refuseOwnReview(actionable(taskId), user.accountId(), "review.error.four-eyes-reviewer");
        OpenTask task = heldByMe(taskId, DECISION_STEPS);
        ApplicationSummary application = processing.summary(task.applicationId());
        if (approve) {
            if (amount == null || amount.signum() <= 0) {
                throw new ReviewRefused("review.error.amount-required");
            }
            if (amount.compareTo(application.requestedAmount()) > 0) {
                throw new ReviewRefused("review.error.amount-above-requested");
            }
            if (!DecisionLevels.mayApprove(levelOf(task), amount, limits.thresholdOf(task.applicationId()))) {
                throw new ReviewRefused("review.error.above-reviewer-threshold");
            }
            // the budget an approval counts against is the programme's budget for the year of the decision: one
            // instant for both the check and the recorded decision, so they cannot fall into different years
            Instant decidedAt = clock.instant();
            BudgetSituation budget = budgets.lockForApproval(application.programmeId(), ApprovedGrants.budgetYear(decidedAt));
            if (budget.remainingAfter(amount).signum() < 0) {
                throw new ReviewRefused("review.error.budget-exceeded");
            }
            processing.recordDecision(task.applicationId(), amount, null, blank(conditions) ? null : limit(conditions), user.accountId(),
                    decidedAt);
        } else {
            if (blank(reason)) {
                throw new ReviewRefused("review.error.reason-required");
            }
            processing.recordDecision(task.applicationId(), null, limit(reason), null, user.accountId());
        }
        Map<String, Object> outcome = new HashMap<>();
        outcome.put(ProcessIds.VAR_APPROVED, approve);
        outcome.put(ProcessIds.VAR_DECIDED_BY, user.userId());
        outcome.put(ProcessIds.VAR_REFERRED_TO_HEAD, false);
        process.complete(taskId, outcome);
        audit.record(task.applicationId(), taskId, "DECISION", user.accountId(), clock.instant(),
                approve ? "APPROVED " + amount.toPlainString() : "REJECTED");
    }

    /**
     * A reviewer who wants to grant more than the threshold (or wants the head to decide for
     * another reason) sends the case up to HEAD, with a reason; the route is the BPMN's
     * Flow_ReferredToHead, so it shows in the case's history. The four-eyes rule applies as for
     * deciding.
     */
    @Transactional
    public void referToHead(String taskId, String reason) {
        PortalUser user = currentUser.require();
        OpenTask task = heldByMe(taskId, Set.of(ProcessIds.TASK_DECISION_REVIEWER));
        if (contentReviews.latest(task.applicationId()).map(r -> r.reviewerId() == user.accountId()).orElse(false)) {
            throw new ReviewRefused("review.error.four-eyes-reviewer");
        }
        if (blank(reason)) {
            throw new ReviewRefused("review.error.referral-reason-required");
        }
        String kept = limit(reason);
        process.complete(taskId, Map.of(ProcessIds.VAR_REFERRED_TO_HEAD, true));
        audit.record(task.applicationId(), taskId, "REFERRED_TO_HEAD", user.accountId(), clock.instant(), kept);
    }

    private static String levelOf(OpenTask task) {
        return ProcessIds.TASK_DECISION_HEAD.equals(task.step()) ? DecisionLevels.HEAD : DecisionLevels.REVIEWER;
    }

    /** Skeleton-compatible decision (reason doubles as conditions for an approval). */
    @Transactional
    public void decide(String taskId, boolean approve, BigDecimal amount, String reason) {
        decide(taskId, approve, amount, approve ? reason : null, approve ? null : reason);
    }

    /** The programme's budget for the current year (the year's own budget, else the programme's default). */
    @Transactional(readOnly = true)
    public BudgetSituation budget(long programmeId) {
        return budgets.situation(programmeId, ApprovedGrants.budgetYear(clock.instant()));
    }

    // ---------------------------------------------------------------- case file

    /** An internal comment (officers only, never shown to the applicant). */
    @Transactional
    public void comment(long applicationId, String text) {
        PortalUser user = currentUser.require();
        applications.get(applicationId); // a draft or an unknown id is refused like a missing case
        if (blank(text)) {
            throw new ReviewRefused("review.error.text-required");
        }
        comments.add(applicationId, user.accountId(), limit(text), clock.instant());
        audit.record(applicationId, null, "COMMENT", user.accountId(), clock.instant(), null);
    }

    /** A message to the applicant (shown on their application page). */
    @Transactional
    public void messageApplicant(long applicationId, String text) {
        PortalUser user = currentUser.require();
        applications.get(applicationId); // a draft or an unknown id is refused like a missing case
        if (blank(text)) {
            throw new ReviewRefused("review.error.text-required");
        }
        processing.addMessage(applicationId, limit(text), user.accountId());
        audit.record(applicationId, null, "MESSAGE", user.accountId(), clock.instant(), null);
    }

    /**
     * Everything about one case, for the case view. Every officer may read every submitted case;
     * a draft or an id that does not exist is refused alike ({@code AccessDeniedException}).
     */
    @Transactional(readOnly = true)
    public CaseFile caseFile(long applicationId) {
        ApplicationSummary application = applications.get(applicationId);
        String city = applications.partnerCity(application).map(PartnerCitySummary::name).orElse(null);
        List<Comments.Row> commentRows = comments.of(applicationId);
        List<AuditLog.Row> auditRows = audit.of(applicationId);
        List<InboxTasks.Row> open = inbox.ofApplication(applicationId);
        Set<Long> ids = new HashSet<>();
        commentRows.forEach(c -> ids.add(c.authorId()));
        auditRows.stream().map(AuditLog.Row::actorId).filter(Objects::nonNull).forEach(ids::add);
        open.stream().map(InboxTasks.Row::assigneeId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, String> names = ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
        return new CaseFile(application, city, processing.decisionConditions(applicationId),
                applicantCases.withdrawalReason(applicationId), applicantCases.conversation(applicationId),
                commentRows.stream().map(c -> new InternalComment(names.get(c.authorId()), c.text(), c.createdAt())).toList(),
                auditRows.stream().map(a -> new AuditEntry(a.action(), a.actorId() == null ? null : names.get(a.actorId()), a.at(),
                        a.detail())).toList(),
                history(applicationId), contentReview(application),
                open.stream().map(t -> new CaseFile.OpenStep(t.taskId(), t.step(),
                        t.assigneeId() == null ? null : names.get(t.assigneeId()), t.overdue())).toList(),
                applicantCases.notices(applicationId));
    }

    /** The PDF of a notice letter of any case. */
    @Transactional(readOnly = true)
    public byte[] noticeContent(long noticeId) {
        return applicantCases.noticeContent(noticeId);
    }

    /** The process diagram (PNG) with the current step highlighted. */
    @Transactional(readOnly = true)
    public byte[] diagram(long applicationId) {
        applications.get(applicationId);
        return process.diagram(applicationId);
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

    private ContentReviewSummary contentReview(ApplicationSummary application) {
        return contentReviews.latest(application.id()).map(r -> {
            // scores in the order of the application's criteria; other codes (reviews from before the programme
            // had criteria: the default list) come last, named from the default list or by their code, weight 0
            Map<String, ReviewCriterion> known = new LinkedHashMap<>();
            criteria.of(application.id(), application.programmeId()).forEach(c -> known.put(c.code(), c));
            Map<String, ReviewCriterion> defaults = new HashMap<>();
            criteria.defaults().forEach(c -> defaults.put(c.code(), c));
            Map<String, Integer> ordered = new LinkedHashMap<>();
            known.keySet().stream().filter(r.scores()::containsKey).forEach(c -> ordered.put(c, r.scores().get(c)));
            ordered.putAll(r.scores());
            List<ReviewCriterion> scored = ordered.keySet().stream().map(code -> known.containsKey(code) ? known.get(code)
                    : defaults.getOrDefault(code, new ReviewCriterion(code, code, code, 0))).toList();
            return new ContentReviewSummary(r.reviewerId(), accounts.displayNames(Set.of(r.reviewerId())).get(r.reviewerId()),
                    r.recommendation(), r.proposedAmount(), r.note(), ordered, r.createdAt(), scored);
        }).orElse(null);
    }

    // ---------------------------------------------------------------- checks

    /** Four eyes: the account that did the content review of the task's case, if the task is its decision. */
    private Long excludedAccount(OpenTask task) {
        if (!DECISION_STEPS.contains(task.step())) {
            return null;
        }
        return contentReviews.latest(task.applicationId()).map(ContentReviews.Row::reviewerId).orElse(null);
    }

    private void refuseOwnReview(OpenTask task, long accountId, String messageKey) {
        if (Objects.equals(excludedAccount(task), accountId)) {
            throw new ReviewRefused(messageKey);
        }
    }

    private OpenTask actionable(String taskId) {
        OpenTask task = process.task(taskId).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
        if (!holdsCandidateGroup(task)) {
            throw new AccessDeniedException("Not a candidate for task " + taskId);
        }
        return task;
    }

    /** The task, claimed for me if it was free; refused if another officer holds it. */
    private OpenTask heldByMe(String taskId, Set<String> expectedSteps) {
        PortalUser user = currentUser.require();
        OpenTask task = actionable(taskId);
        if (!expectedSteps.contains(task.step())) {
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String limit(String s) {
        String stripped = s.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new ReviewRefused("review.error.text-too-long");
        }
        return stripped;
    }
}
