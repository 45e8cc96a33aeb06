package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.finalreport.ReportDraft.Kind;
import de.kulturbuero.grants.finalreport.ReportDraft.Line;
import de.kulturbuero.grants.finalreport.ReportDraft.Receipt;
import de.kulturbuero.grants.shared.text.SingleLineText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules of a final report, without Spring: the format checks every save applies (lengths,
 * amounts, rates, codes) and the completeness a submission needs. The figures must add up to the
 * cent: the receipts booked to a line sum to the line's actual amount, and a receipt in another
 * currency states its original amount, the rate (euros per unit) and the rate's source, its euro
 * amount being original × rate rounded half up to the cent (a cent either way is accepted, for a
 * bank that rounded the other way).
 */
public final class FinalReportRules {

    public static final String EUR = "EUR";

    /** The currencies the form offers first: the euro and those of the partner cities, plus the dollar and the franc. */
    public static final List<String> COMMON_CURRENCIES = List.of("EUR", "GBP", "JPY", "PLN", "MWK", "USD", "CHF");

    public static final int MAX_TEXT = 8000;
    public static final int MAX_PLACE = 300;
    public static final int MAX_LABEL = 300;
    public static final int MAX_PAYEE = 200;
    public static final int MAX_PURPOSE = 500;
    public static final int MAX_RATE_SOURCE = 200;
    public static final int MAX_PARTICIPANTS = 100_000;
    public static final int MAX_LINES = 200;
    public static final int MAX_RECEIPTS = 2000;

    /** The largest amount stored (DECIMAL(12,2)). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /** The largest rate stored (DECIMAL(18,8)). */
    public static final BigDecimal MAX_RATE = new BigDecimal("9999999999.99999999");

    /** How far a foreign receipt's euro amount may be from original × rate. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** Sums of one line: its actual amount, what the receipts booked to it add up to, and the difference. */
    public record LineCheck(int line, BigDecimal actual, BigDecimal receipts) {

        /** Receipts minus actual; positive when the receipts are more than the actual amount. */
        public BigDecimal difference() {
            return receipts.subtract(actual == null ? BigDecimal.ZERO : actual);
        }

        public boolean matches() {
            return actual != null && difference().signum() == 0;
        }
    }

    /** Planned and actual totals of costs and income. */
    public record Totals(
            BigDecimal plannedCosts, BigDecimal actualCosts, BigDecimal plannedIncome, BigDecimal actualIncome) {}

    private FinalReportRules() {}

    /** Original × rate, rounded half up to the cent; {@code null} while one of them is missing. */
    public static BigDecimal euros(BigDecimal originalAmount, BigDecimal rate) {
        if (originalAmount == null || rate == null) {
            return null;
        }
        return originalAmount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether {@code code} is an ISO 4217 currency code Java knows. */
    public static boolean isCurrency(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** For every line: its actual amount beside the euro sum of its receipts. */
    public static List<LineCheck> lineChecks(ReportDraft d) {
        List<LineCheck> checks = new ArrayList<>();
        for (int i = 0; i < d.getLines().size(); i++) {
            int index = i;
            BigDecimal sum = d.getReceipts().stream()
                    .filter(r -> r.getLine() != null && r.getLine() == index && r.getAmountEur() != null)
                    .map(Receipt::getAmountEur)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.HALF_UP);
            checks.add(new LineCheck(i, d.getLines().get(i).getActual(), sum));
        }
        return checks;
    }

    public static Totals totals(ReportDraft d) {
        return new Totals(
                sum(d, Kind.COST, Line::getPlanned),
                sum(d, Kind.COST, Line::getActual),
                sum(d, Kind.INCOME, Line::getPlanned),
                sum(d, Kind.INCOME, Line::getActual));
    }

    private static BigDecimal sum(ReportDraft d, Kind kind, java.util.function.Function<Line, BigDecimal> amount) {
        return d.getLines().stream()
                .filter(l -> l.getKind() == kind)
                .map(amount)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** What a save refuses: text too long, amounts and rates that cannot be stored, unknown codes and references. */
    public static List<ReportProblem> formatProblems(ReportDraft d) {
        List<ReportProblem> p = new ArrayList<>();
        length(p, "changes", d.getChanges(), MAX_TEXT);
        length(p, "place", d.getPlace(), MAX_PLACE);
        singleLine(p, "place", d.getPlace());
        length(p, "partnerContribution", d.getPartnerContribution(), MAX_TEXT);
        length(p, "publicity", d.getPublicity(), MAX_TEXT);
        date(p, "actualStart", d.getActualStart());
        date(p, "actualEnd", d.getActualEnd());
        participants(p, "participantsLocal", d.getParticipantsLocal());
        participants(p, "participantsPartner", d.getParticipantsPartner());
        if (d.getLines().size() > MAX_LINES) {
            p.add(new ReportProblem("lines", "finalreport.error.too-many-lines", MAX_LINES));
        }
        if (d.getReceipts().size() > MAX_RECEIPTS) {
            p.add(new ReportProblem("receipts", "finalreport.error.too-many-receipts", MAX_RECEIPTS));
        }
        for (int i = 0; i < d.getLines().size(); i++) {
            Line line = d.getLines().get(i);
            String f = "lines[" + i + "].";
            if (line.getKind() == null) {
                p.add(new ReportProblem(f + "kind", "finalreport.error.line-kind"));
            }
            length(p, f + "label", line.getLabel(), MAX_LABEL);
            singleLine(p, f + "label", line.getLabel());
            money(p, f + "actual", line.getActual());
        }
        for (int i = 0; i < d.getReceipts().size(); i++) {
            Receipt r = d.getReceipts().get(i);
            String f = "receipts[" + i + "].";
            date(p, f + "date", r.getDate());
            length(p, f + "payee", r.getPayee(), MAX_PAYEE);
            length(p, f + "purpose", r.getPurpose(), MAX_PURPOSE);
            length(p, f + "rateSource", r.getRateSource(), MAX_RATE_SOURCE);
            singleLine(p, f + "payee", r.getPayee());
            singleLine(p, f + "purpose", r.getPurpose());
            singleLine(p, f + "rateSource", r.getRateSource());
            if (r.getLine() != null
                    && (r.getLine() < 0 || r.getLine() >= d.getLines().size())) {
                p.add(new ReportProblem(f + "line", "finalreport.error.receipt-line-unknown"));
            }
            if (r.getCurrency() == null || !isCurrency(r.getCurrency())) {
                p.add(new ReportProblem(f + "currency", "finalreport.error.currency-unknown", text(r.getCurrency())));
            }
            money(p, f + "originalAmount", r.getOriginalAmount());
            money(p, f + "amountEur", r.getAmountEur());
            if (r.getRate() != null
                    && (r.getRate().signum() <= 0
                            || r.getRate().stripTrailingZeros().scale() > 8
                            || r.getRate().compareTo(MAX_RATE) > 0)) {
                p.add(new ReportProblem(f + "rate", "finalreport.error.rate-format"));
            }
        }
        return p;
    }

    /** A one-line entry (shown in lists, the receipt PDF, the office's case): the portal's single-line rule. */
    private static void singleLine(List<ReportProblem> p, String field, String value) {
        SingleLineText.problem(value).ifPresent(key -> p.add(new ReportProblem(field, key)));
    }

    /** Everything a submission needs, the format checks included; empty: ready to submit. */
    public static List<ReportProblem> check(ReportDraft d) {
        List<ReportProblem> p = formatProblems(d);
        if (d.getCarriedOutAsPlanned() == null) {
            p.add(new ReportProblem("carriedOutAsPlanned", "finalreport.problem.as-planned-required"));
        } else if (!d.getCarriedOutAsPlanned()) {
            required(p, "changes", d.getChanges(), "finalreport.problem.changes-required");
        }
        if (d.getActualStart() == null) {
            p.add(new ReportProblem("actualStart", "finalreport.problem.start-required"));
        }
        if (d.getActualEnd() == null) {
            p.add(new ReportProblem("actualEnd", "finalreport.problem.end-required"));
        } else if (d.getActualStart() != null && d.getActualEnd().isBefore(d.getActualStart())) {
            p.add(new ReportProblem("actualEnd", "finalreport.problem.end-before-start"));
        }
        required(p, "place", d.getPlace(), "finalreport.problem.place-required");
        if (d.getParticipantsLocal() == null) {
            p.add(new ReportProblem("participantsLocal", "finalreport.problem.participants-required"));
        }
        if (d.getParticipantsPartner() == null) {
            p.add(new ReportProblem("participantsPartner", "finalreport.problem.participants-required"));
        } else if (d.getParticipantsPartner() > 0 && d.getPartnerCityId() == null) {
            p.add(new ReportProblem("partnerCityId", "finalreport.problem.partner-city-required"));
        }
        required(p, "partnerContribution", d.getPartnerContribution(), "finalreport.problem.partner-required");
        required(p, "publicity", d.getPublicity(), "finalreport.problem.publicity-required");

        for (int i = 0; i < d.getLines().size(); i++) {
            Line line = d.getLines().get(i);
            String f = "lines[" + i + "].";
            if (!line.isPlanLine()) {
                if (line.getCategory() == null) {
                    p.add(new ReportProblem(f + "category", "finalreport.problem.line-category-required"));
                }
                required(p, f + "label", line.getLabel(), "finalreport.problem.line-label-required");
            }
            if (line.getActual() == null) {
                p.add(new ReportProblem(f + "actual", "finalreport.problem.actual-required", name(line, i)));
            }
        }
        for (LineCheck c : lineChecks(d)) {
            if (c.actual() != null && !c.matches()) {
                p.add(new ReportProblem(
                        "lines[" + c.line() + "].actual",
                        "finalreport.problem.line-sum",
                        name(d.getLines().get(c.line()), c.line()),
                        c.receipts(),
                        c.actual(),
                        c.difference().abs(),
                        c.difference().signum() > 0 ? 1 : 0));
            }
        }
        for (int i = 0; i < d.getReceipts().size(); i++) {
            receipt(p, d.getReceipts().get(i), i);
        }
        if (!d.isDeclaredEconomical()) {
            p.add(new ReportProblem("declaredEconomical", "finalreport.problem.declaration-economical"));
        }
        if (!d.isDeclaredReceiptsKept()) {
            p.add(new ReportProblem("declaredReceiptsKept", "finalreport.problem.declaration-receipts"));
        }
        return p;
    }

    private static void receipt(List<ReportProblem> p, Receipt r, int i) {
        String f = "receipts[" + i + "].";
        int number = i + 1;
        if (r.getDate() == null) {
            p.add(new ReportProblem(f + "date", "finalreport.problem.receipt-date-required", number));
        }
        required(p, f + "payee", r.getPayee(), "finalreport.problem.receipt-payee-required", number);
        required(p, f + "purpose", r.getPurpose(), "finalreport.problem.receipt-purpose-required", number);
        if (r.getLine() == null) {
            p.add(new ReportProblem(f + "line", "finalreport.problem.receipt-line-required", number));
        }
        if (r.getAmountEur() == null || r.getAmountEur().signum() == 0) {
            p.add(new ReportProblem(f + "amountEur", "finalreport.problem.receipt-amount-required", number));
        }
        if (!r.isForeign()) {
            return;
        }
        if (r.getOriginalAmount() == null || r.getOriginalAmount().signum() == 0) {
            p.add(new ReportProblem(f + "originalAmount", "finalreport.problem.original-required", number));
        }
        if (r.getRate() == null) {
            p.add(new ReportProblem(f + "rate", "finalreport.problem.rate-required", number));
        }
        required(p, f + "rateSource", r.getRateSource(), "finalreport.problem.rate-source-required", number);
        BigDecimal expected = euros(r.getOriginalAmount(), r.getRate());
        if (expected != null
                && r.getAmountEur() != null
                && expected.subtract(r.getAmountEur()).abs().compareTo(TOLERANCE) > 0) {
            p.add(new ReportProblem(f + "amountEur", "finalreport.problem.euro-mismatch", number, expected));
        }
    }

    /** How a line is named in a message: its label, else its number. */
    private static String name(Line line, int index) {
        return line.getLabel() == null || line.getLabel().isBlank()
                ? "#" + (index + 1)
                : line.getLabel().strip();
    }

    private static void required(List<ReportProblem> p, String field, String value, String key, Object... args) {
        if (value == null || value.isBlank()) {
            p.add(new ReportProblem(field, key, args));
        }
    }

    private static void length(List<ReportProblem> p, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            p.add(new ReportProblem(field, "finalreport.error.too-long", max));
        }
    }

    private static void money(List<ReportProblem> p, String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            p.add(new ReportProblem(field, "finalreport.error.amount-negative"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            p.add(new ReportProblem(field, "finalreport.error.amount-decimals"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            p.add(new ReportProblem(field, "finalreport.error.amount-too-large", MAX_AMOUNT));
        }
    }

    private static void date(List<ReportProblem> p, String field, LocalDate date) {
        if (date != null && (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE))) {
            p.add(new ReportProblem(field, "finalreport.error.date-range"));
        }
    }

    private static void participants(List<ReportProblem> p, String field, Integer n) {
        if (n != null && (n < 0 || n > MAX_PARTICIPANTS)) {
            p.add(new ReportProblem(field, "finalreport.error.participants-range", MAX_PARTICIPANTS));
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
