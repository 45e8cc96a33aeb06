package de.kulturbuero.grants.shared.text;

import java.util.Optional;

/**
 * The one rule for single-line entries (titles, names, places, line descriptions) and file names:
 * no line breaks, no other control characters, and none of the invisible characters that change
 * the direction in which the following text is shown. A title with a line break forges an extra
 * line in an e-mail, a log line or a CSV row; a name with a right-to-left override shows
 * {@code "\u202Egnp.exe"} as "exe.png" to the officer who opens it.
 * <p>
 * Refused: C0 and C1 control characters (CR, LF, TAB, DEL, …), the line and paragraph
 * separators U+2028/U+2029, the bidirectional embeddings and overrides U+202A–U+202E, the
 * isolates U+2066–U+2069, and the marks U+200E, U+200F and U+061C (invisible, and they reorder
 * neutral characters such as the dot before an extension). Letters of right-to-left scripts stay
 * allowed: the browser orders them correctly without any of these characters.
 */
public final class SingleLineText {

    /** The translated message (bundle key) for a refused entry, shown next to its field. */
    public static final String REFUSED = "shared.text.single-line";

    private SingleLineText() {}

    /** Whether this character may not appear in a single-line entry. */
    public static boolean isRefused(int codePoint) {
        return Character.isISOControl(codePoint)
                || codePoint == 0x2028
                || codePoint == 0x2029
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E
                || codePoint == 0x200F
                || codePoint == 0x061C;
    }

    /** Whether the entry holds none of the refused characters ({@code null}: nothing entered, allowed). */
    public static boolean isAllowed(String value) {
        return value == null || value.codePoints().noneMatch(SingleLineText::isRefused);
    }

    /** {@link #REFUSED} when the entry holds a refused character. */
    public static Optional<String> problem(String value) {
        return isAllowed(value) ? Optional.empty() : Optional.of(REFUSED);
    }

    /**
     * The entry without the refused characters, for text that comes from elsewhere and is shown on
     * one line (a line break or tab becomes a space, the rest is dropped); {@code null} stays {@code null}.
     */
    public static String strip(String value) {
        if (value == null || isAllowed(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\r' || c == '\n' || c == '\t' || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else if (!isRefused(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
