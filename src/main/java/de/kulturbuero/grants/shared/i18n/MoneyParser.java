package de.kulturbuero.grants.shared.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads an amount of euros typed or pasted in either language, the same way in the German and the
 * English UI, so that no separator is ever dropped or silently reinterpreted.
 *
 * <p>The rule (money has at most two decimal places):
 * <ol>
 *   <li>Spaces around the amount, a "€" or "EUR" before or after it, and a leading "+" are ignored.</li>
 *   <li>The last ',' or '.' followed by exactly one or two digits is the decimal separator:
 *       "1500,50", "1500.50", "1.500,50", "1,500.50" and "1 500,50" are all 1,500.50; "12,5" is 12.50.</li>
 *   <li>Every other separator (',', '.', a space or an apostrophe) groups thousands and must be followed
 *       by exactly three digits, the first group having one to three digits and no leading zero:
 *       "3.000,00", "3,000.00", "1.500" and "1,500" are all 1,500.00 / 3,000.00 in both languages.
 *       Only one kind of grouping character may appear, and it must differ from the decimal separator.</li>
 *   <li>Anything else is refused, never guessed: more than two decimals ("1500,505", "0,505", "1,5000")
 *       is {@link Refusal#TOO_MANY_DECIMALS}; irregular or mixed groups ("1.50.000", "1,500,50",
 *       "1.000,000.00"), letters, a separator at the end or several signs are {@link Refusal#UNREADABLE};
 *       a minus sign before an otherwise readable amount is {@link Refusal#NEGATIVE};
 *       more than {@link #MAX} is {@link Refusal#TOO_LARGE}.</li>
 * </ol>
 * An accepted amount has scale 2. The money field shows it again with {@link #format}, in the UI's
 * language, so the user sees at once what was understood (e.g. "1.500" becomes "1,500.00" in English).
 */
public final class MoneyParser {

    /** The largest amount the portal stores (DECIMAL(12,2)). */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    /** Why a text is not taken as an amount; each reason has its own message. */
    public enum Refusal {
        UNREADABLE,
        TOO_MANY_DECIMALS,
        NEGATIVE,
        TOO_LARGE;

        /** The key of the translated message; its argument {0} is the text typed, {1} an example amount in the UI's format. */
        public String messageKey() {
            return "shared.money." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** An amount ({@code null} for an empty text) or the reason why the text was refused. */
    public record Result(BigDecimal amount, Refusal refusal) {

        public boolean ok() {
            return refusal == null;
        }

        static Result of(BigDecimal amount) {
            return new Result(amount, null);
        }

        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }
    }

    private static final Set<Character> GROUPING = Set.of('.', ',', ' ', '\'');

    private MoneyParser() {}

    public static Result parse(String text) {
        if (text == null) {
            return Result.of(null);
        }
        String s = text.replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .replace('\u2009', ' ')
                .strip();
        s = stripCurrency(s);
        if (s.isEmpty()) {
            return Result.of(null);
        }
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '\u2212' || first == '+') {
            negative = first != '+';
            s = s.substring(1).strip();
        }
        if (s.isEmpty() || !s.chars().allMatch(c -> Character.isDigit(c) && c < 128 || GROUPING.contains((char) c))) {
            return Result.refused(Refusal.UNREADABLE);
        }
        if (!Character.isDigit(s.charAt(s.length() - 1))) {
            return Result.refused(Refusal.UNREADABLE);
        }
        int lastSeparator = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
        String integer = s;
        String fraction = "";
        if (lastSeparator >= 0) {
            String after = s.substring(lastSeparator + 1);
            if (!after.chars().allMatch(Character::isDigit)) {
                return Result.refused(Refusal.UNREADABLE);
            }
            if (after.length() <= 2) {
                integer = s.substring(0, lastSeparator);
                fraction = after;
            } else if (after.length() > 3 && separators(s) == 1) {
                // "1,5000": one separator followed by four or more digits can only be meant as decimals
                return Result.refused(Refusal.TOO_MANY_DECIMALS);
            }
        }
        String digits = integerDigits(integer, fraction.isEmpty() ? 0 : s.charAt(lastSeparator));
        if (digits == null) {
            // "1500,505" or "0,505": a single separator whose three digits cannot be a thousands group
            boolean decimalsMeant = separators(s) == 1 && lastSeparator >= 0 && fraction.isEmpty();
            return Result.refused(decimalsMeant ? Refusal.TOO_MANY_DECIMALS : Refusal.UNREADABLE);
        }
        if (digits.isEmpty() && fraction.isEmpty()) {
            return Result.refused(Refusal.UNREADABLE);
        }
        BigDecimal amount = new BigDecimal(
                        (digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction))
                .setScale(2, RoundingMode.UNNECESSARY);
        if (amount.compareTo(MAX) > 0) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        if (negative && amount.signum() > 0) {
            return Result.refused(Refusal.NEGATIVE);
        }
        return Result.of(amount);
    }

    /** The amount as the field shows it: "1.500,50" in German, "1,500.50" in English (no currency sign). */
    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(
                "#,##0.00",
                DecimalFormatSymbols.getInstance("de".equals(locale.getLanguage()) ? Locale.GERMANY : Locale.UK));
        return format.format(amount);
    }

    /** An example amount in the UI's format, for messages ("1.500,50" / "1,500.50"). */
    public static String example(Locale locale) {
        return format(new BigDecimal("1500.50"), locale);
    }

    private static String stripCurrency(String s) {
        String t = s;
        if (t.startsWith("€")) {
            t = t.substring(1);
        } else if (t.endsWith("€")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.regionMatches(true, 0, "EUR", 0, 3)) {
            t = t.substring(3);
        } else if (t.length() >= 3 && t.regionMatches(true, t.length() - 3, "EUR", 0, 3)) {
            t = t.substring(0, t.length() - 3);
        }
        return t.strip();
    }

    private static long separators(String s) {
        return s.chars().filter(c -> !Character.isDigit(c)).count();
    }

    /**
     * The digits of the part before the decimal separator, or {@code null} when its grouping is not
     * regular: one kind of grouping character, not the decimal separator, groups of three after a
     * first group of one to three digits without a leading zero.
     */
    private static String integerDigits(String integer, char decimalSeparator) {
        if (integer.isEmpty() || integer.chars().allMatch(Character::isDigit)) {
            return integer;
        }
        Set<Character> kinds = new TreeSet<>();
        integer.chars().filter(c -> !Character.isDigit(c)).forEach(c -> kinds.add((char) c));
        if (kinds.size() != 1 || kinds.contains(decimalSeparator)) {
            return null;
        }
        char grouping = kinds.iterator().next();
        String[] groups = integer.split(Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }
}
