package de.kulturbuero.grants.payment.files;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Texts as a SEPA file may carry them. The EPC's implementation guidelines allow only the Latin
 * character set {@code a-z A-Z 0-9 / - ? : ( ) . , ' +} and the space, whatever the XML schema
 * would take: a bank may reject the file or garble a name otherwise. German letters are
 * transliterated the German way (ä → ae, ß → ss), other accented letters lose their accent
 * (é → e), anything else outside the set becomes a space, and the text is cut to the field's
 * maximum length after the transliteration (which can make it longer).
 */
public final class SepaText {

    /** Names (Nm) of debtor and creditor: the EPC's limit, although ISO allows 140. */
    public static final int NAME = 70;
    /** Unstructured remittance information (Ustrd): one occurrence of 140. */
    public static final int REMITTANCE = 140;
    /** Identifiers such as EndToEndId, MsgId and PmtInfId. */
    public static final int IDENTIFIER = 35;

    /** The characters the SEPA Latin character set allows, the space included. */
    public static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9/\\-?:().,'+ ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Letters that do not decompose into a base letter and an accent, and common punctuation. */
    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('ä', "ae"),
            Map.entry('ö', "oe"),
            Map.entry('ü', "ue"),
            Map.entry('Ä', "Ae"),
            Map.entry('Ö', "Oe"),
            Map.entry('Ü', "Ue"),
            Map.entry('ß', "ss"),
            Map.entry('ẞ', "SS"),
            Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"),
            Map.entry('œ', "oe"),
            Map.entry('Œ', "OE"),
            Map.entry('ø', "o"),
            Map.entry('Ø', "O"),
            Map.entry('ł', "l"),
            Map.entry('Ł', "L"),
            Map.entry('đ', "d"),
            Map.entry('Đ', "D"),
            Map.entry('ð', "d"),
            Map.entry('Ð', "D"),
            Map.entry('þ', "th"),
            Map.entry('Þ', "Th"),
            Map.entry('ı', "i"),
            Map.entry('&', "+"),
            Map.entry('_', "-"),
            Map.entry('–', "-"),
            Map.entry('—', "-"),
            Map.entry('‐', "-"),
            Map.entry('‘', "'"),
            Map.entry('’', "'"),
            Map.entry('‚', "'"),
            Map.entry('"', "'"),
            Map.entry('„', "'"),
            Map.entry('“', "'"),
            Map.entry('”', "'"),
            Map.entry(';', ","));

    private SepaText() {}

    /**
     * The text in the SEPA Latin character set, spaces collapsed, cut to {@code max} characters;
     * an empty string when nothing of it is left.
     */
    public static String latin(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder replaced = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            replaced.append(REPLACEMENTS.getOrDefault(c, String.valueOf(c)));
        }
        String plain = MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD))
                .replaceAll("");
        String allowed = NOT_ALLOWED.matcher(plain).replaceAll(" ");
        String single = SPACES.matcher(allowed).replaceAll(" ").strip();
        return single.length() <= max ? single : single.substring(0, max).stripTrailing();
    }

    /** Like {@link #latin}, with {@code fallback} when nothing of the text is left (a name is mandatory). */
    public static String latin(String text, int max, String fallback) {
        String latin = latin(text, max);
        return latin.isEmpty() ? fallback : latin;
    }

    /**
     * An identifier (EndToEndId, MsgId): the Latin set without spaces, and, as the EPC asks, no
     * "/" at the start or the end and no "//" inside.
     */
    public static String identifier(String text) {
        String id = latin(text, Integer.MAX_VALUE).replace(' ', '-');
        while (id.contains("//")) {
            id = id.replace("//", "/");
        }
        id = stripSlashes(id);
        return id.length() <= IDENTIFIER ? id : stripSlashes(id.substring(0, IDENTIFIER));
    }

    private static String stripSlashes(String id) {
        int start = 0;
        int end = id.length();
        while (start < end && id.charAt(start) == '/') {
            start++;
        }
        while (end > start && id.charAt(end - 1) == '/') {
            end--;
        }
        return id.substring(start, end);
    }
}
