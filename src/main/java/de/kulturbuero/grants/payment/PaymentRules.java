package de.kulturbuero.grants.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pure rules of paying a grant: the holdback, what may still be requested, and the checks
 * of a payment request. The service applies them under the award's row lock; the form applies
 * them live with the same figures.
 */
public final class PaymentRules {

    public static final String FIELD_AMOUNT = "amount";
    public static final String FIELD_NEEDED_BY = "neededBy";

    private PaymentRules() {}

    /**
     * The held-back share of the grant, rounded to the cent (half up: 10 % of 1,234.55 € is
     * 123.46 €, so what is paid before the final report never exceeds the share that may be).
     */
    public static BigDecimal holdback(BigDecimal granted, BigDecimal share) {
        return granted.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    /** What may be requested before the final report is checked: the grant less the holdback. */
    public static BigDecimal payableBeforeReport(BigDecimal granted, BigDecimal holdback) {
        return granted.subtract(holdback);
    }

    /** The latest date a request may name as "needed by", counted from {@code today}. */
    public static LocalDate latestNeededBy(LocalDate today, int drawdownMonths) {
        return today.plusMonths(drawdownMonths);
    }

    /**
     * The facts a payment request is checked against.
     *
     * @param requested sum of the award's requests that are not refused (pending, released and paid)
     */
    public record Situation(
            boolean isFinal,
            boolean finalReportHandedIn,
            BigDecimal granted,
            BigDecimal holdback,
            BigDecimal requested,
            int drawdownMonths,
            String holdbackParagraph,
            String drawdownParagraph) {

        public BigDecimal available() {
            return payableBeforeReport(granted, holdback).subtract(requested).max(BigDecimal.ZERO);
        }
    }

    /** Every reason the request is refused; empty when it may be made. */
    public static List<PaymentProblem> checkRequest(
            Situation s, BigDecimal amount, LocalDate neededBy, LocalDate today) {
        List<PaymentProblem> problems = new ArrayList<>();
        if (!s.isFinal()) {
            problems.add(new PaymentProblem(null, "payment.request.error.not-final"));
        }
        if (s.finalReportHandedIn()) {
            problems.add(new PaymentProblem(null, "payment.request.error.after-report"));
        }
        if (amount == null) {
            problems.add(new PaymentProblem(FIELD_AMOUNT, "payment.request.error.amount-missing"));
        } else if (amount.signum() <= 0) {
            problems.add(new PaymentProblem(FIELD_AMOUNT, "payment.request.error.amount-positive"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new PaymentProblem(FIELD_AMOUNT, "payment.request.error.amount-cents"));
        } else if (amount.compareTo(s.available()) > 0) {
            problems.add(new PaymentProblem(
                    FIELD_AMOUNT,
                    "payment.request.error.over-available",
                    s.available(),
                    s.holdback(),
                    s.holdbackParagraph()));
        }
        if (neededBy == null) {
            problems.add(new PaymentProblem(FIELD_NEEDED_BY, "payment.request.error.needed-by-missing"));
        } else if (neededBy.isBefore(today)) {
            problems.add(new PaymentProblem(FIELD_NEEDED_BY, "payment.request.error.needed-by-past"));
        } else if (neededBy.isAfter(latestNeededBy(today, s.drawdownMonths()))) {
            problems.add(new PaymentProblem(
                    FIELD_NEEDED_BY,
                    "payment.request.error.needed-by-window",
                    s.drawdownMonths(),
                    latestNeededBy(today, s.drawdownMonths()),
                    s.drawdownParagraph()));
        }
        return problems;
    }

    /** The longest reason (refusal, rejection, cancellation) the tables keep. */
    public static final int MAX_REASON = 1000;

    /** Refuses a reason longer than the tables keep, so that the officer's text is never lost in an internal error. */
    public static void refuseLongReason(String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new PaymentRefused("reason", "payment.error.reason-too-long", MAX_REASON);
        }
    }
}
