package de.kulturbuero.grants.shared.text;

/**
 * The one guard against formulas in the portal's CSV files (the office's application export, the
 * payment run for the finance system): a text cell that a spreadsheet program would run as a
 * formula gets a leading apostrophe, so it is shown as the text it is. Spreadsheet programs skip
 * leading blanks and line breaks before they look for the formula sign, and some accept the
 * full-width signs as well, so those count too.
 */
public final class SpreadsheetCells {

    private static final String LEAD_INS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCells() {}

    /** Whether a spreadsheet program could read this cell as a formula (or a DDE call). */
    public static boolean startsLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        int i = 0;
        while (i < value.length()
                && (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i)))) {
            i++;
        }
        return i < value.length() && LEAD_INS.indexOf(value.charAt(i)) >= 0;
    }

    /** The cell's text as a spreadsheet program shows it and never runs: {@code "=1+2"} → {@code "'=1+2"}. */
    public static String neutralise(String value) {
        if (value == null) {
            return null;
        }
        return startsLikeFormula(value) ? "'" + value : value;
    }
}
