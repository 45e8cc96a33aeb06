package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.domain.BudgetLedger;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's budget situation for one year, the same for the officer deciding (decision form
 * and budget check in {@link Deciding}) and for the head's dashboard (reporting): the year's
 * budget ({@link ProgrammeService#budget}) and what approvals decided in that year have committed
 * of it ({@link ApprovedGrants#committed}, the one definition). A class of its own rather than a
 * method of the deciding use case: that is for officers, ADMIN reads the dashboard too.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CLERK','REVIEWER','HEAD','FINANCE','ADMIN')")
public class ProgrammeBudgets {

    private final ProgrammeService programmes;
    private final ApprovedGrants approvedGrants;
    private final BudgetLedger ledger;

    ProgrammeBudgets(ProgrammeService programmes, ApprovedGrants approvedGrants, BudgetLedger ledger) {
        this.programmes = programmes;
        this.approvedGrants = approvedGrants;
        this.ledger = ledger;
    }

    /** Budget, committed and remaining of the programme for {@code year}, without locking (for display). */
    public BudgetSituation situation(long programmeId, int year) {
        return new BudgetSituation(
                year, programmes.budget(programmeId, year), approvedGrants.committed(programmeId, year));
    }

    /**
     * The same figures for an approval about to be recorded in this transaction: locks the
     * (programme, year) budget first ({@link BudgetLedger#lock}), so a concurrent approval waits
     * until this transaction ends and then sees this one in what is committed. That relies on the
     * approval's granted amount and its status APPROVED being written in the decision's own
     * transaction (Deciding.decide, and the synchronous take listener on Flow_Approved; only
     * the notice after it is asynchronous): BudgetIT's two concurrent approvals check it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BudgetSituation lockForApproval(long programmeId, int year) {
        ledger.lock(programmeId, year);
        return situation(programmeId, year);
    }
}
