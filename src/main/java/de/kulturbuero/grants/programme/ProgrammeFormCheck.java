package de.kulturbuero.grants.programme;

import de.kulturbuero.grants.programme.ProgrammeDataRejected.Problem;
import de.kulturbuero.grants.shared.text.SingleLineText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a programme's data must keep; plain Java so the view, the service and unit tests share them. */
public final class ProgrammeFormCheck {

    /** Upper-case letters and digits, starting with a letter: it becomes part of every reference number. */
    public static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Above half of the grant a holdback would leave too little to carry out the project with. */
    public static final BigDecimal MAX_HOLDBACK_PERCENT = new BigDecimal("50");

    public static final int MAX_DRAWDOWN_MONTHS = 12;

    /** Column widths of the payment terms (changelog payment_award_and_payments). */
    public static final int PARAGRAPH_LENGTH = 300;

    public static final int BOOKING_LENGTH = 40;

    private ProgrammeFormCheck() {}

    public static List<Problem> problems(ProgrammeForm f) {
        List<Problem> p = new ArrayList<>();
        text(p, f.getNameDe(), "nameDe", 200);
        text(p, f.getNameEn(), "nameEn", 200);
        singleLine(p, f.getNameDe(), "nameDe");
        singleLine(p, f.getNameEn(), "nameEn");
        if (f.getReferencePrefix() == null
                || !PREFIX.matcher(f.getReferencePrefix().strip()).matches()) {
            p.add(new Problem("referencePrefix", "programme.validation.prefix-format"));
        }
        if (f.getFinancingType() == null) {
            p.add(new Problem("financingType", "programme.validation.required"));
        }
        if (!positive(f.getMaxGrant())) {
            p.add(new Problem("maxGrant", "programme.validation.amount-positive"));
        }
        if (f.getFinancingType() == FinancingType.SHARE
                && (!positive(f.getMaxSharePercent()) || f.getMaxSharePercent().compareTo(HUNDRED) > 0)) {
            p.add(new Problem("maxSharePercent", "programme.validation.share-range"));
        }
        if (f.getFinancingType() == FinancingType.FIXED) {
            if (!positive(f.getFixedAmount())) {
                p.add(new Problem("fixedAmount", "programme.validation.amount-positive"));
            } else if (positive(f.getMaxGrant()) && f.getFixedAmount().compareTo(f.getMaxGrant()) > 0) {
                p.add(new Problem("fixedAmount", "programme.validation.fixed-above-max"));
            }
        }
        if (f.getAnnualBudget() == null || f.getAnnualBudget().signum() < 0) {
            p.add(new Problem("annualBudget", "programme.validation.amount-not-negative"));
        }
        if (f.getDecisionThreshold() == null || f.getDecisionThreshold().signum() < 0) {
            p.add(new Problem("decisionThreshold", "programme.validation.amount-not-negative"));
        }
        if (f.getMinLeadWeeks() == null || f.getMinLeadWeeks() < 0 || f.getMinLeadWeeks() > 104) {
            p.add(new Problem("minLeadWeeks", "programme.validation.lead-weeks-range"));
        }
        if (f.getWindowStart() != null
                && f.getWindowEnd() != null
                && f.getWindowEnd().isBefore(f.getWindowStart())) {
            p.add(new Problem("windowEnd", "programme.validation.window-end-before-start"));
        }
        Set<Integer> years = new HashSet<>();
        for (ProgrammeForm.BudgetLine b : f.getBudgets()) {
            if (b.getYear() == null || b.getYear() < 2000 || b.getYear() > 2100) {
                p.add(new Problem("budgets", "programme.validation.budget-year"));
            } else if (!years.add(b.getYear())) {
                p.add(new Problem("budgets", "programme.validation.budget-year-twice", b.getYear()));
            }
            if (b.getAmount() == null || b.getAmount().signum() < 0) {
                p.add(new Problem("budgets", "programme.validation.amount-not-negative"));
            }
        }
        int sum = 0;
        for (ProgrammeForm.CriterionLine c : f.getCriteria()) {
            if (blank(c.getNameDe()) || blank(c.getNameEn())) {
                p.add(new Problem("criteria", "programme.validation.criterion-name"));
            }
            singleLine(p, c.getNameDe(), "criteria");
            singleLine(p, c.getNameEn(), "criteria");
            if (c.getWeight() == null || c.getWeight() < 1 || c.getWeight() > 100) {
                p.add(new Problem("criteria", "programme.validation.criterion-weight"));
            } else {
                sum += c.getWeight();
            }
        }
        if (!f.getCriteria().isEmpty() && sum != 100) {
            p.add(new Problem("criteria", "programme.validation.criteria-sum", sum));
        }
        paymentTerms(p, f);
        return p;
    }

    private static void paymentTerms(List<Problem> p, ProgrammeForm f) {
        if (f.getPaymentMode() == null) {
            p.add(new Problem("paymentMode", "programme.validation.required"));
        }
        BigDecimal holdback = f.getHoldbackPercent();
        // whole or one decimal place: the stored share has four decimals (12.5 % = 0.1250)
        if (holdback == null
                || holdback.signum() < 0
                || holdback.compareTo(MAX_HOLDBACK_PERCENT) > 0
                || holdback.stripTrailingZeros().scale() > 1) {
            p.add(new Problem("holdbackPercent", "programme.validation.holdback-range", MAX_HOLDBACK_PERCENT));
        }
        if (f.getDrawdownMonths() == null || f.getDrawdownMonths() < 1 || f.getDrawdownMonths() > MAX_DRAWDOWN_MONTHS) {
            p.add(new Problem("drawdownMonths", "programme.validation.drawdown-range", MAX_DRAWDOWN_MONTHS));
        }
        optional(p, f.getPaymentModeParagraph(), "paymentModeParagraph", PARAGRAPH_LENGTH);
        optional(p, f.getHoldbackParagraph(), "holdbackParagraph", PARAGRAPH_LENGTH);
        optional(p, f.getDrawdownParagraph(), "drawdownParagraph", PARAGRAPH_LENGTH);
        optional(p, f.getBookingProduct(), "bookingProduct", BOOKING_LENGTH);
        optional(p, f.getBookingAccount(), "bookingAccount", BOOKING_LENGTH);
        optional(p, f.getBookingCostCentre(), "bookingCostCentre", BOOKING_LENGTH);
        // the booking fields become cells of the finance system's CSV
        singleLine(p, f.getBookingProduct(), "bookingProduct");
        singleLine(p, f.getBookingAccount(), "bookingAccount");
        singleLine(p, f.getBookingCostCentre(), "bookingCostCentre");
    }

    private static void optional(List<Problem> p, String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            p.add(new Problem(field, "programme.validation.too-long", max));
        }
    }

    static void singleLine(List<Problem> p, String value, String field) {
        SingleLineText.problem(value).ifPresent(key -> p.add(new Problem(field, key)));
    }

    private static void text(List<Problem> p, String value, String field, int max) {
        if (blank(value)) {
            p.add(new Problem(field, "programme.validation.required"));
        } else if (value.strip().length() > max) {
            p.add(new Problem(field, "programme.validation.too-long", max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }
}
