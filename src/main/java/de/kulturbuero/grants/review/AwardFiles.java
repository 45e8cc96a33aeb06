package de.kulturbuero.grants.review;

import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.BankAccountCheck;
import de.kulturbuero.grants.payment.domain.BankDetailsRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.Roles;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award and its payments for officers: the case view's section and the facts beside the
 * payment steps' forms. Every officer may read every award, like every case.
 */
@Service
@PreAuthorize(Roles.ANY_OFFICER)
public class AwardFiles {

    private final AwardOverview overview;
    private final TaskGuard guard;
    private final AccountService accounts;

    AwardFiles(AwardOverview overview, TaskGuard guard, AccountService accounts) {
        this.overview = overview;
        this.guard = guard;
        this.accounts = accounts;
    }

    /** The award of a case; empty before the approval notice. */
    @Transactional(readOnly = true)
    public Optional<AwardFile> of(long applicationId) {
        return overview.of(applicationId).map(this::toFile);
    }

    /** The facts for the form of an open payment step (check, order, confirmation of bank details). */
    @Transactional(readOnly = true)
    public PaymentTask task(String taskId) {
        OpenTask task = guard.open(taskId);
        AwardFile award = of(task.applicationId()).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
        AwardFile.Payment payment = task.paymentId() == null
                ? null
                : award.payment(task.paymentId()).orElseThrow(() -> new ReviewRefused("review.error.task-gone"));
        return new PaymentTask(task.taskId(), task.step(), award, payment);
    }

    private AwardFile toFile(AwardOverview.View v) {
        Set<Long> ids = new HashSet<>();
        Stream.concat(v.bankDetails().stream(), v.pendingBankDetails().stream()).forEach(a -> ids.add(a.enteredBy()));
        v.payments().stream()
                .flatMap(p -> Stream.of(p.checkedBy(), p.orderedBy()))
                .filter(Objects::nonNull)
                .forEach(ids::add);
        Map<Long, String> names = accounts.displayNames(ids);
        return new AwardFile(
                v.application().id(),
                v.granted(),
                v.holdback(),
                v.requested(),
                v.paid(),
                v.available(),
                v.noticeIssuedAt(),
                v.finalAtTheLatest(),
                v.finalAt(),
                v.finalBy(),
                v.appealWaivedAt(),
                v.bankDetails().map(a -> account(a, names)).orElse(null),
                v.pendingBankDetails().map(a -> account(a, names)).orElse(null),
                v.payments().stream().map(p -> payment(p, names)).toList());
    }

    private static AwardFile.Account account(BankDetailsRows.Row a, Map<Long, String> names) {
        return new AwardFile.Account(
                a.id(),
                a.holder(),
                BankAccountCheck.grouped(a.iban()),
                a.bic(),
                names.get(a.enteredBy()),
                a.enteredAt());
    }

    private static AwardFile.Payment payment(PaymentRows.Row p, Map<Long, String> names) {
        return new AwardFile.Payment(
                p.id(),
                p.number(),
                p.amount(),
                p.neededBy(),
                p.purpose(),
                p.status().name(),
                p.requestedAt(),
                p.checkedBy() == null ? null : names.get(p.checkedBy()),
                p.checkedAt(),
                p.orderedBy() == null ? null : names.get(p.orderedBy()),
                p.orderedAt(),
                p.refusalReason(),
                p.paidAt());
    }
}
