package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.programme.ProgrammeRules;
import de.kulturbuero.grants.settlement.GrantRecomputation;
import de.kulturbuero.grants.settlement.LineTolerance;
import de.kulturbuero.grants.settlement.Settlement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of the check of a final report, from the report's content and the amounts the
 * office recognises per receipt: per cost line what was claimed and what is recognised (the
 * receipts' cuts, then the line tolerance on the eligible lines), the recomputed grant by the
 * financing type and the settlement against what was paid. The check's form shows them live and
 * the check stores them, from this one computation.
 */
public record ReportFigures(
        List<Line> lines,
        BigDecimal recognisedEligible,
        BigDecimal nonEligible,
        BigDecimal actualIncome,
        BigDecimal granted,
        BigDecimal recomputedGrant,
        BigDecimal paid,
        Settlement settlement) {

    /**
     * One cost line: {@code claimed} as the recipient reported it, {@code afterReceipts} less what
     * the office cut from its receipts, {@code recognised} after the tolerance rule (eligible
     * lines only; a non-eligible line keeps {@code afterReceipts}).
     */
    public record Line(
            int position,
            String label,
            boolean eligible,
            BigDecimal planned,
            BigDecimal claimed,
            BigDecimal afterReceipts,
            BigDecimal recognised,
            boolean flagged) {}

    /** The tolerance when the programme sets none: 20 % (the funding rules' default). */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.20");

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /**
     * @param recognisedPerReceipt the recognised amount by receipt position; a receipt missing here
     *     is recognised as claimed
     */
    public static ReportFigures compute(
            ReportDraft report,
            Map<Integer, BigDecimal> recognisedPerReceipt,
            BigDecimal tolerance,
            ProgrammeRules rules,
            BigDecimal granted,
            BigDecimal paid) {
        List<ReportDraft.Line> all = report.getLines();
        BigDecimal[] cut = new BigDecimal[all.size()];
        for (int i = 0; i < cut.length; i++) {
            cut[i] = ZERO;
        }
        for (int r = 0; r < report.getReceipts().size(); r++) {
            ReportDraft.Receipt receipt = report.getReceipts().get(r);
            BigDecimal recognised = recognisedPerReceipt.get(r);
            if (recognised == null || receipt.getLine() == null || receipt.getAmountEur() == null) {
                continue;
            }
            if (recognised.signum() < 0 || recognised.compareTo(receipt.getAmountEur()) > 0) {
                throw new IllegalArgumentException("Recognised amount of receipt " + r + " outside 0 and the claim");
            }
            cut[receipt.getLine()] =
                    cut[receipt.getLine()].add(receipt.getAmountEur().subtract(recognised));
        }
        List<LineTolerance.CostLine> eligible = new ArrayList<>();
        BigDecimal nonEligible = ZERO;
        BigDecimal income = ZERO;
        for (int i = 0; i < all.size(); i++) {
            ReportDraft.Line l = all.get(i);
            BigDecimal actual = orZero(l.getActual());
            if (l.getKind() == ReportDraft.Kind.INCOME) {
                income = income.add(actual);
            } else if (l.isEligible()) {
                eligible.add(new LineTolerance.CostLine(
                        String.valueOf(i),
                        orZero(l.getPlanned()),
                        actual.subtract(cut[i]).max(ZERO)));
            } else {
                nonEligible = nonEligible.add(actual.subtract(cut[i]).max(ZERO));
            }
        }
        LineTolerance.Result tolerated = LineTolerance.apply(eligible, tolerance);
        Map<String, LineTolerance.LineResult> byKey = new java.util.HashMap<>();
        tolerated.lines().forEach(r -> byKey.put(r.key(), r));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ReportDraft.Line l = all.get(i);
            if (l.getKind() != ReportDraft.Kind.COST) {
                continue;
            }
            BigDecimal claimed = orZero(l.getActual());
            BigDecimal afterReceipts = claimed.subtract(cut[i]).max(ZERO);
            LineTolerance.LineResult t = byKey.get(String.valueOf(i));
            BigDecimal recognised = t == null ? afterReceipts : t.recognised();
            lines.add(new Line(
                    i,
                    l.getLabel(),
                    l.isEligible(),
                    l.getPlanned(),
                    claimed,
                    afterReceipts,
                    recognised,
                    recognised.compareTo(claimed) < 0));
        }
        GrantRecomputation.Result grant = GrantRecomputation.recompute(new GrantRecomputation.Figures(
                rules.financingType(),
                granted,
                tolerated.recognisedTotal(),
                nonEligible,
                income,
                rules.maxShare(),
                rules.fixedAmount()));
        return new ReportFigures(
                List.copyOf(lines),
                tolerated.recognisedTotal(),
                nonEligible,
                income,
                granted,
                grant.grant(),
                paid,
                Settlement.of(grant.grant(), paid));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2);
    }
}
