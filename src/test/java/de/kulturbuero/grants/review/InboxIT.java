package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.review.process.ProcessIds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** The inbox read model's queries on MariaDB (filters, paging, counts) and concurrent claims. */
class InboxIT extends ReviewTestSupport {

    private static InboxQuery text(InboxQuery.Tab tab, String token) {
        return new InboxQuery(tab, null, null, null, null, null, null, null, token, InboxQuery.Sort.CREATED, false);
    }

    @Test
    void filters_paging_sorting_and_counts_work_on_the_read_model() {
        String token = "Inbox" + System.nanoTime();
        long a = submit(PROGRAMME_NS, token + " Leipzig small", "Leipzig", "1000.00");
        long b = submit(PROGRAMME_NS, token + " Leipzig big", "Leipzig", "9000.00");
        long c = submit(PROGRAMME_NS, token + " Rouen", "Rouen", "4000.00");
        long d = submit("youth-exchange", token + " Youth", "Bristol", "3000.00");
        long e = submit(PROGRAMME_NS, token + " Hiroshima", "Hiroshima", "5000.00");

        as("clara@example.org");
        InboxQuery groups = text(InboxQuery.Tab.GROUPS, token);
        assertThat(reviews.inboxCount(groups)).isEqualTo(5);
        List<InboxItem> page1 = reviews.inbox(groups, 0, 2);
        List<InboxItem> page2 = reviews.inbox(groups, 2, 2);
        List<InboxItem> page3 = reviews.inbox(groups, 4, 2);
        assertThat(page1).extracting(InboxItem::applicationId).containsExactly(a, b);
        assertThat(page2).extracting(InboxItem::applicationId).containsExactly(c, d);
        assertThat(page3).extracting(InboxItem::applicationId).containsExactly(e);

        assertThat(reviews.inbox(groups.withSort(InboxQuery.Sort.AMOUNT, true), 0, 50))
                .extracting(InboxItem::applicationId)
                .containsExactly(b, e, c, d, a);
        assertThat(reviews.inbox(
                        new InboxQuery(
                                InboxQuery.Tab.GROUPS,
                                null,
                                cityId("Leipzig"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                token,
                                InboxQuery.Sort.CREATED,
                                false),
                        0,
                        50))
                .extracting(InboxItem::applicationId)
                .containsExactly(a, b);
        assertThat(reviews.inbox(
                        new InboxQuery(
                                InboxQuery.Tab.GROUPS,
                                programmeId("youth-exchange"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                token,
                                InboxQuery.Sort.CREATED,
                                false),
                        0,
                        50))
                .extracting(InboxItem::applicationId)
                .containsExactly(d);
        assertThat(reviews.inbox(
                        new InboxQuery(
                                InboxQuery.Tab.GROUPS,
                                null,
                                null,
                                ProcessIds.TASK_FORMAL_CHECK,
                                new BigDecimal("3000"),
                                new BigDecimal("5000"),
                                LocalDate.now().minusDays(1),
                                LocalDate.now(),
                                token,
                                InboxQuery.Sort.CREATED,
                                false),
                        0,
                        50))
                .extracting(InboxItem::applicationId)
                .containsExactly(c, d, e);
        assertThat(reviews.inboxCount(new InboxQuery(
                        InboxQuery.Tab.GROUPS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.now().plusDays(1),
                        null,
                        token,
                        InboxQuery.Sort.CREATED,
                        false)))
                .isZero();
        String reference = reviews.inbox(groups, 0, 1).getFirst().referenceNumber();
        assertThat(reviews.inbox(text(InboxQuery.Tab.GROUPS, reference), 0, 50))
                .extracting(InboxItem::applicationId)
                .containsExactly(a);

        reviews.claim(openTaskId(c, ProcessIds.TASK_FORMAL_CHECK));
        Map<InboxQuery.Tab, Long> counts = reviews.inboxCounts(text(InboxQuery.Tab.GROUPS, token));
        assertThat(counts)
                .containsEntry(InboxQuery.Tab.MINE, 1L)
                .containsEntry(InboxQuery.Tab.GROUPS, 5L)
                .containsEntry(InboxQuery.Tab.OVERDUE, 0L)
                .doesNotContainKey(InboxQuery.Tab.ALL);
        assertThat(reviews.inbox(text(InboxQuery.Tab.MINE, token), 0, 50))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.applicationId()).isEqualTo(c);
                    assertThat(i.mine()).isTrue();
                });
        reviews.unclaim(openTaskId(c, ProcessIds.TASK_FORMAL_CHECK));
        assertThat(reviews.inboxCount(text(InboxQuery.Tab.MINE, token))).isZero();

        as("rita@example.org");
        assertThat(reviews.inboxCount(groups))
                .as("a reviewer's groups hold no formal checks")
                .isZero();
        assertThat(reviews.inboxCount(text(InboxQuery.Tab.ALL, token)))
                .as("ALL is for HEAD only")
                .isZero();
        as("hanna@example.org");
        assertThat(reviews.inboxCount(text(InboxQuery.Tab.ALL, token))).isEqualTo(5);
    }

    @Test
    void of_two_officers_claiming_the_same_task_at_once_exactly_one_succeeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = submit("2000.00");
                as("clara@example.org");
                reviews.completeFormalCheck(
                        openTaskId(id, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false);
                String task = openTaskId(id, ProcessIds.TASK_CONTENT_REVIEW);
                CountDownLatch start = new CountDownLatch(1);
                Future<String> rita = pool.submit(claimAs("rita@example.org", task, start));
                Future<String> rolf = pool.submit(claimAs("rolf@example.org", task, start));
                start.countDown();
                List<String> results = List.of(rita.get(30, TimeUnit.SECONDS), rolf.get(30, TimeUnit.SECONDS));
                assertThat(results).containsExactlyInAnyOrder("claimed", "review.error.already-claimed");
                String winner = results.getFirst().equals("claimed") ? rita_id() : rolf_id();
                assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
                        .isEqualTo(winner);
                assertThat(jdbc.sql("SELECT assignee_id FROM inbox_task WHERE task_id = ?")
                                .param(task)
                                .query(Long.class)
                                .single())
                        .isEqualTo(Long.valueOf(winner));
                assertThat(jdbc.sql("SELECT COUNT(*) FROM review_audit WHERE task_id = ? AND action = 'CLAIM'")
                                .param(task)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_task_can_be_handed_over_only_to_a_colleague_of_its_role() {
        long id = submit("2000.00");
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false);
        String task = openTaskId(id, ProcessIds.TASK_CONTENT_REVIEW);
        as("rita@example.org");
        reviews.claim(task);
        long hanna = accountId("hanna@example.org");
        assertThatThrownBy(() -> reviews.handOver(task, hanna, null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.colleague-wrong-role");
        assertThat(reviews.colleaguesFor(task))
                .extracting(Colleague::accountId)
                .containsExactly(accountId("rolf@example.org"));
        reviews.handOver(task, accountId("rolf@example.org"), "I am on leave next week.");
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo(rolf_id());
        as("rolf@example.org");
        assertThat(reviews.inbox(InboxQuery.of(InboxQuery.Tab.MINE), 0, 500))
                .extracting(InboxItem::taskId)
                .contains(task);
        CaseFile file = reviews.caseFile(id);
        assertThat(file.audit()).extracting(AuditEntry::action).containsSubsequence("CLAIM", "HAND_OVER");
        assertThat(file.comments()).extracting(InternalComment::text).containsExactly("I am on leave next week.");
    }

    @Test
    void the_content_reviewer_is_never_offered_the_decision_on_their_own_review_and_cannot_claim_it() {
        String token = "FourEyes" + System.nanoTime();
        long id = submit(PROGRAMME_NS, token + " Leipzig", "Leipzig", "2500.00");
        toDecision(id, "2500.00"); // Rita did the content review; a reviewer decides (up to the threshold)
        String decision = openTaskId(id, ProcessIds.TASK_DECISION_REVIEWER);
        jdbc.sql("UPDATE inbox_task SET overdue = TRUE WHERE task_id = ?")
                .param(decision)
                .update();

        as("rita@example.org");
        assertThat(reviews.inbox(text(InboxQuery.Tab.GROUPS, token), 0, 50))
                .as("not in Rita's groups")
                .isEmpty();
        assertThat(reviews.inbox(text(InboxQuery.Tab.OVERDUE, token), 0, 50))
                .as("not in Rita's overdue tab")
                .isEmpty();
        assertThat(reviews.inboxCounts(text(InboxQuery.Tab.GROUPS, token)))
                .containsEntry(InboxQuery.Tab.GROUPS, 0L)
                .containsEntry(InboxQuery.Tab.OVERDUE, 0L)
                .containsEntry(InboxQuery.Tab.MINE, 0L);
        assertThat(reviews.inbox()).extracting(InboxItem::taskId).doesNotContain(decision);
        assertThatThrownBy(() -> reviews.claim(decision))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.four-eyes-reviewer");
        assertThat(tasks.createTaskQuery().taskId(decision).singleResult().getAssignee())
                .as("the refused claim leaves the task free for a colleague")
                .isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_audit WHERE task_id = ? AND action = 'CLAIM'")
                        .param(decision)
                        .query(Long.class)
                        .single())
                .isZero();

        as("rolf@example.org");
        assertThat(reviews.inbox(text(InboxQuery.Tab.GROUPS, token), 0, 50))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.taskId()).isEqualTo(decision);
                    assertThat(item.mayAct()).isTrue();
                });
        assertThat(reviews.inboxCounts(text(InboxQuery.Tab.GROUPS, token)))
                .containsEntry(InboxQuery.Tab.GROUPS, 1L)
                .containsEntry(InboxQuery.Tab.OVERDUE, 1L);
        assertThat(reviews.colleaguesFor(decision))
                .extracting(Colleague::accountId)
                .as("the task cannot be handed to the content reviewer either")
                .doesNotContain(accountId("rita@example.org"));
        assertThatThrownBy(() -> reviews.handOver(decision, accountId("rita@example.org"), null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.error.colleague-four-eyes");
        reviews.claim(decision);
        assertThat(tasks.createTaskQuery().taskId(decision).singleResult().getAssignee())
                .isEqualTo(rolf_id());
    }

    @Test
    void the_head_sees_every_task_in_the_all_tab_but_may_not_act_on_the_decision_of_their_own_review() {
        String token = "FourEyesHead" + System.nanoTime();
        long id = submit(PROGRAMME_NS, token + " Rouen", "Rouen", "9000.00");
        as("clara@example.org");
        reviews.completeFormalCheck(
                openTaskId(id, ProcessIds.TASK_FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false);
        String review = openTaskId(id, ProcessIds.TASK_CONTENT_REVIEW);
        // a head of office who also reviews: the decision above the threshold then goes to HEAD, but not to her
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, 'REVIEWER')")
                .param(accountId("hanna@example.org"))
                .update();
        try {
            as("hanna@example.org");
            reviews.completeContentReview(
                    review, goodScores(review), ContentReviewSummary.APPROVE, new BigDecimal("9000.00"), null);
            String decision = openTaskId(id, ProcessIds.TASK_DECISION_HEAD);
            assertThat(reviews.inboxCount(text(InboxQuery.Tab.GROUPS, token))).isZero();
            assertThat(reviews.inbox(text(InboxQuery.Tab.ALL, token), 0, 50))
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.taskId()).isEqualTo(decision);
                        assertThat(item.mayAct())
                                .as("shown in the overview, not offered to claim")
                                .isFalse();
                    });
            assertThatThrownBy(() -> reviews.claim(decision))
                    .isInstanceOf(ReviewRefused.class)
                    .hasMessage("review.error.four-eyes-reviewer");
        } finally {
            jdbc.sql("DELETE FROM account_role WHERE account_id = ? AND role = 'REVIEWER'")
                    .param(accountId("hanna@example.org"))
                    .update();
        }
    }

    private Callable<String> claimAs(String email, String task, CountDownLatch start) {
        return () -> {
            as(email);
            start.await();
            try {
                reviews.claim(task);
                return "claimed";
            } catch (ReviewRefused refused) {
                return refused.messageKey();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    private long accountId(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private String rita_id() {
        return Long.toString(accountId("rita@example.org"));
    }

    private String rolf_id() {
        return Long.toString(accountId("rolf@example.org"));
    }
}
