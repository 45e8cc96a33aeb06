package de.kulturbuero.grants.review;

import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * One line of a case's audit log: what was done ({@code review.audit.<action>}), by whom (null: the
 * process), when. {@code detail} is stored as written (engine step ids, outcome codes, plain
 * amounts), so the log stays readable whatever the language; {@link #detailText} words it for people.
 */
public record AuditEntry(String action, String actorName, Instant at, String detail) {

    public String messageKey() {
        return "review.audit." + action;
    }

    /**
     * The detail as an officer reads it: a step by its name instead of its engine id, an outcome
     * or recommendation by its label, an amount as money in the reader's language. Anything else
     * (a hand-over's colleague and note) as written.
     *
     * @param translate a key and its arguments to the text, e.g. a view's {@code getTranslation}
     */
    public String detailText(BiFunction<String, Object[], String> translate, Locale locale) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (action.startsWith("PAYMENT_RUN_")) {
            String[] numbers = detail.split("/", 2);
            return numbers.length == 2
                    ? translate.apply("review.audit.detail.payment-run", new Object[] {numbers[0], numbers[1]})
                    : detail;
        }
        if (action.startsWith("PAYMENT_")) {
            return translate.apply("review.audit.detail.payment", new Object[] {detail});
        }
        if (action.equals("REPORT_REMINDED") && isOneOf(detail, "report-reminder", "report-due")) {
            return translate.apply("review.audit.detail." + detail, new Object[0]);
        }
        if (action.equals("REPORT_EXTENSION_REQUESTED") || action.equals("REPORT_EXTENSION_GRANTED")) {
            try {
                return Formats.date(java.time.LocalDate.parse(detail), locale);
            } catch (java.time.format.DateTimeParseException notADate) {
                return detail;
            }
        }
        if (action.equals("NOTICE_FINAL") && isOneOf(detail, "TIMER", "WAIVER")) {
            return translate.apply("review.audit.detail.final." + detail, new Object[0]);
        }
        if (action.equals("CHECK_DEPTH_DECIDED")) {
            String[] draw = detail.split(" ");
            return draw.length == 4 && isOneOf(draw[0], "ABOVE_THRESHOLD", "DRAWN", "NOT_DRAWN")
                    ? translate.apply("review.audit.detail.depth." + draw[0], new Object[] {draw[1], draw[3]})
                    : detail;
        }
        String[] parts = detail.split(" ", 2);
        String code = parts[0];
        String amount = parts.length > 1 ? money(parts[1], locale) : null;
        String label = switch (action) {
            case "CLAIM", "UNCLAIM", "ESCALATED" ->
                code.startsWith("Task_") ? translate.apply("review.step." + code, new Object[0]) : null;
            case "FORMAL_CHECK", "INQUIRY_ASKED" ->
                isOneOf(code, "COMPLETE", "INQUIRY", "INELIGIBLE")
                        ? translate.apply("review.formal.outcome." + code, new Object[0])
                        : null;
            case "CONTENT_REVIEW" ->
                isOneOf(code, ContentReviewSummary.APPROVE, ContentReviewSummary.REJECT)
                        ? translate.apply("review.content.recommendation." + code, new Object[0])
                        : null;
            case "REPORT_CHECKED" ->
                isOneOf(code, "ACCEPT", "RECLAIM")
                        ? translate.apply("review.check.outcome." + code, new Object[0])
                        : null;
            case "DECISION" ->
                isOneOf(code, "APPROVED", "REJECTED")
                        ? translate.apply("grantapplication.status." + code, new Object[0])
                        : null;
            default -> null;
        };
        if (label == null || (parts.length > 1 && amount == null)) {
            return detail;
        }
        return amount == null ? label : label + ", " + amount;
    }

    private static boolean isOneOf(String code, String... codes) {
        return Arrays.asList(codes).contains(code);
    }

    private static String money(String plain, Locale locale) {
        try {
            return Formats.money(new BigDecimal(plain), locale);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
