package de.kulturbuero.grants.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which actual costs of the eligible cost lines are recognised, line by line, after the final
 * report: a line may exceed its planned amount by up to a tolerance share (the programme's, e.g.
 * 0.20) where savings on other lines cover the excess; the total of the planned eligible costs is
 * binding. Pure function, no Spring.
 *
 * <p>For each line i with planned amount p and actual amount a (both in cents, ≥ 0) and the
 * tolerance share t:
 * <ul>
 *   <li>cap = p × (1 + t), rounded down to the cent (the tolerance is a limit: a fraction of a
 *       cent above it is already above it);</li>
 *   <li>above tolerance h = max(0, a − cap): never recognised, whatever the other lines saved;</li>
 *   <li>excess within tolerance w = max(0, min(a, cap) − p): recognised only as far as savings
 *       cover it;</li>
 *   <li>saving s = max(0, p − a).</li>
 * </ul>
 * With W = Σw and S = Σs, the covered excess is C = min(W, S). When W ≤ S every line's w is
 * recognised; otherwise C is shared among the exceeding lines in proportion to their w, each share
 * rounded down to the cent and the cents left over given one each to the lines with the largest
 * remainders (ties: the earlier line), so the shares add up to C exactly.
 *
 * <p>recognised = min(a, p) + covered share; not recognised = a − recognised = h + (w − covered
 * share). Hence Σ recognised = Σ min(a, p) + min(W, S) ≤ Σ min(a, p) + Σ max(0, p − a) = Σ p: the
 * recognised eligible costs never exceed the planned eligible costs.
 *
 * <p>Only eligible lines belong here (the caller leaves out the lines marked non-eligible). A
 * line that was not planned (p = 0) has cap 0: all of it is above tolerance, since a new kind of
 * cost needs the office's own decision, not this rule.
 */
public final class LineTolerance {

    /** An eligible cost line of the final report: its planned and its actual amount. */
    public record CostLine(String key, BigDecimal planned, BigDecimal actual) {}

    /**
     * The outcome for one line. {@code aboveTolerance} is the part above planned × (1 + tolerance);
     * {@code uncovered} the part within the tolerance that the other lines' savings did not cover.
     */
    public record LineResult(
            String key,
            BigDecimal planned,
            BigDecimal actual,
            BigDecimal recognised,
            BigDecimal aboveTolerance,
            BigDecimal uncovered) {

        /** The actual costs not recognised: above tolerance plus uncovered. */
        public BigDecimal notRecognised() {
            return aboveTolerance.add(uncovered);
        }

        /** Whether part of the line's actual costs is not recognised (the check note names it). */
        public boolean flagged() {
            return notRecognised().signum() > 0;
        }
    }

    /** All lines in their given order, with the totals. */
    public record Result(
            List<LineResult> lines,
            BigDecimal plannedTotal,
            BigDecimal actualTotal,
            BigDecimal recognisedTotal,
            BigDecimal notRecognisedTotal) {

        public boolean anyFlagged() {
            return lines.stream().anyMatch(LineResult::flagged);
        }
    }

    private LineTolerance() {}

    /**
     * Applies the tolerance rule to the eligible cost lines.
     *
     * @param tolerance the share a line may exceed its planned amount by (0.20 = 20 %), ≥ 0
     * @throws IllegalArgumentException for a missing or negative amount, a fraction of a cent or a
     *     negative tolerance
     */
    public static Result apply(List<CostLine> lines, BigDecimal tolerance) {
        if (tolerance == null || tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must be ≥ 0: " + tolerance);
        }
        int n = lines.size();
        BigDecimal[] planned = new BigDecimal[n];
        BigDecimal[] actual = new BigDecimal[n];
        BigDecimal[] above = new BigDecimal[n];
        BigDecimal[] within = new BigDecimal[n];
        BigDecimal excessWithin = Amounts.ZERO;
        BigDecimal savings = Amounts.ZERO;
        for (int i = 0; i < n; i++) {
            CostLine line = lines.get(i);
            planned[i] = Amounts.cents(line.planned(), "planned amount of " + line.key());
            actual[i] = Amounts.cents(line.actual(), "actual amount of " + line.key());
            BigDecimal cap = planned[i].multiply(BigDecimal.ONE.add(tolerance)).setScale(2, RoundingMode.DOWN);
            above[i] = actual[i].subtract(cap).max(Amounts.ZERO);
            within[i] = actual[i].min(cap).subtract(planned[i]).max(Amounts.ZERO);
            excessWithin = excessWithin.add(within[i]);
            savings = savings.add(planned[i].subtract(actual[i]).max(Amounts.ZERO));
        }
        BigDecimal[] covered = excessWithin.compareTo(savings) <= 0 ? within : share(savings, within, excessWithin);

        List<LineResult> results = new ArrayList<>(n);
        BigDecimal plannedTotal = Amounts.ZERO;
        BigDecimal actualTotal = Amounts.ZERO;
        BigDecimal recognisedTotal = Amounts.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal recognised = actual[i].min(planned[i]).add(covered[i]);
            results.add(new LineResult(
                    lines.get(i).key(), planned[i], actual[i], recognised, above[i], within[i].subtract(covered[i])));
            plannedTotal = plannedTotal.add(planned[i]);
            actualTotal = actualTotal.add(actual[i]);
            recognisedTotal = recognisedTotal.add(recognised);
        }
        return new Result(
                List.copyOf(results),
                plannedTotal,
                actualTotal,
                recognisedTotal,
                actualTotal.subtract(recognisedTotal));
    }

    /**
     * Shares {@code available} (less than {@code total} = Σ weights) in proportion to the weights,
     * to the cent, by the largest-remainder method so the shares add up to {@code available}.
     */
    private static BigDecimal[] share(BigDecimal available, BigDecimal[] weights, BigDecimal total) {
        int n = weights.length;
        BigDecimal[] shares = new BigDecimal[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal given = Amounts.ZERO;
        for (int i = 0; i < n; i++) {
            // exact in cents: available × weight / total, as a whole number of cents and the rest
            BigDecimal[] division = available
                    .movePointRight(2)
                    .multiply(weights[i].movePointRight(2))
                    .divideAndRemainder(total.movePointRight(2));
            shares[i] = division[0].movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
            remainders[i] = division[1];
            given = given.add(shares[i]);
        }
        int centsLeft = available.subtract(given).movePointRight(2).intValueExact();
        List<Integer> byRemainder = IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders[i])
                        .reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < centsLeft; k++) {
            int i = byRemainder.get(k);
            shares[i] = shares[i].add(new BigDecimal("0.01"));
        }
        return shares;
    }
}
