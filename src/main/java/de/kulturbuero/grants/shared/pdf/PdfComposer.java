package de.kulturbuero.grants.shared.pdf;

import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The portal's documents as one writer sets them: an A4 page with the embedded DejaVu fonts
 * ({@link EmbeddedFonts}), texts from the bundles in one language, a title, headed sections,
 * label/value rows, tables of money with right-aligned amounts and a totals row, and a letter's
 * head. Receipts, the final report's receipt and the settlement letters share it, so they look
 * alike and a change of the house layout is made once. Not thread-safe: one instance per document.
 */
public final class PdfComposer {

    /** Body text size in points. */
    public static final float TEXT = 10;

    /** Size of table cells and small print. */
    public static final float SMALL = 9;

    private final ResourceBundle texts;
    private final Locale locale;
    private final Document document;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private PdfComposer(
            Locale locale, String titleKey, String reference, float left, float right, float top, float bottom) {
        this.texts = Bundle.of(locale);
        this.locale = locale;
        this.document = new Document(PageSize.A4, left, right, top, bottom);
        PdfWriter.getInstance(document, out);
        document.addTitle(t(titleKey) + " " + reference);
        document.open();
    }

    /**
     * An A4 document with 50 pt margins, titled (in the reader's window) with the bundle's text of
     * {@code titleKey} and the case's reference number.
     */
    public static PdfComposer a4(Locale locale, String titleKey, String reference) {
        return new PdfComposer(locale, titleKey, reference, 50, 50, 50, 50);
    }

    /** An A4 letter: margins wider on the left, for filing; titled like {@link #a4}. */
    public static PdfComposer letter(Locale locale, String titleKey, String reference) {
        return new PdfComposer(locale, titleKey, reference, 70, 60, 60, 60);
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle's text of {@code key}, with its arguments filled as MessageFormat fills them. */
    public String t(String key, Object... args) {
        String pattern = texts.containsKey(key) ? texts.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String money(BigDecimal amount) {
        return Formats.money(amount, locale);
    }

    public String date(LocalDate date) {
        return Formats.date(date, locale);
    }

    public String yesNo(boolean value) {
        return t(value ? "grantapplication.review.yes" : "grantapplication.review.no");
    }

    /** A paragraph of body text. */
    public void paragraph(String text) {
        paragraph(text, TEXT, 0);
    }

    /** A paragraph of regular text in this size, with this space above it. */
    public void paragraph(String text, float size, float spacingBefore) {
        Paragraph p = new Paragraph(text, new Font(EmbeddedFonts.REGULAR, size));
        if (spacingBefore > 0) {
            p.setSpacingBefore(spacingBefore);
        }
        document.add(p);
    }

    /** A paragraph of bold body text. */
    public void strong(String text) {
        Paragraph p = new Paragraph(text, new Font(EmbeddedFonts.BOLD, TEXT));
        p.setSpacingBefore(6);
        document.add(p);
    }

    /** The document's heading. */
    public void title(String text) {
        Paragraph title = new Paragraph(text, new Font(EmbeddedFonts.BOLD, 18));
        title.setSpacingBefore(12);
        document.add(title);
    }

    /** The heading of a section. */
    public void section(String text) {
        Paragraph p = new Paragraph(text, new Font(EmbeddedFonts.BOLD, 12));
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    /**
     * A letter's head: the sender's line in small print, the recipient's name and address (lines
     * separated by {@code \n}; either may be blank), the date on the right.
     */
    public void letterHead(String senderLine, String recipientName, String recipientAddress, LocalDate date) {
        paragraph(senderLine, 8.5f, 0);
        StringBuilder lines = new StringBuilder(blankToEmpty(recipientName));
        for (String line : blankToEmpty(recipientAddress).split("\\R")) {
            if (!line.isBlank()) {
                lines.append('\n').append(line.strip());
            }
        }
        Paragraph recipient = new Paragraph(lines.toString(), new Font(EmbeddedFonts.REGULAR, TEXT));
        recipient.setSpacingBefore(18);
        document.add(recipient);
        Paragraph day = new Paragraph(date(date), new Font(EmbeddedFonts.REGULAR, TEXT));
        day.setAlignment(Element.ALIGN_RIGHT);
        day.setSpacingBefore(12);
        document.add(day);
    }

    /** Rows of a bold label beside its value ("–" for a missing value), two fifths to three fifths. */
    public LabelValues labelValues() {
        return new LabelValues();
    }

    /** A table over the whole width with these columns. */
    public Table table(Column... columns) {
        return new Table(columns);
    }

    /** Closes the document and returns its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfPCell cell(String text, boolean bold, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(
                text == null ? "" : text, new Font(bold ? EmbeddedFonts.BOLD : EmbeddedFonts.REGULAR, SMALL)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(4);
        return cell;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A column of a {@link Table}: its relative width and whether it holds amounts (right-aligned). */
    public record Column(float width, boolean amount) {

        public static Column text(float width) {
            return new Column(width, false);
        }

        public static Column amount(float width) {
            return new Column(width, true);
        }
    }

    /** See {@link #labelValues()}. */
    public final class LabelValues {

        private final PdfPTable table = new PdfPTable(new float[] {2, 3});

        private LabelValues() {
            table.setWidthPercentage(100);
        }

        /** A row labelled with the bundle's text of {@code labelKey}. */
        public LabelValues row(String labelKey, String value) {
            return rowText(t(labelKey), value);
        }

        /** A row with a label as given. */
        public LabelValues rowText(String label, String value) {
            table.addCell(cell(label, true, Element.ALIGN_LEFT));
            table.addCell(cell(value == null || value.isBlank() ? "–" : value, false, Element.ALIGN_LEFT));
            return this;
        }

        public void add() {
            document.add(table);
        }
    }

    /** See {@link #table(Column...)}. Headers are left-aligned; cells follow their column. */
    public final class Table {

        private final Column[] columns;
        private final PdfPTable table;

        private Table(Column[] columns) {
            this.columns = columns.clone();
            float[] widths = new float[columns.length];
            for (int i = 0; i < columns.length; i++) {
                widths[i] = columns[i].width();
            }
            table = new PdfPTable(widths);
            table.setWidthPercentage(100);
        }

        /** The header row (bold, repeated on every page the table runs onto). */
        public Table header(String... texts) {
            for (String text : texts) {
                table.addCell(cell(text, true, Element.ALIGN_LEFT));
            }
            table.setHeaderRows(1);
            return this;
        }

        public Table row(String... cells) {
            return cells(false, cells);
        }

        /** A totals row: bold, so it stands out from the lines above it. */
        public Table totalRow(String... cells) {
            return cells(true, cells);
        }

        private Table cells(boolean bold, String... cells) {
            if (cells.length != columns.length) {
                throw new IllegalArgumentException(cells.length + " cells for " + columns.length + " columns");
            }
            for (int i = 0; i < cells.length; i++) {
                table.addCell(cell(cells[i], bold, columns[i].amount() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
            return this;
        }

        public void add() {
            document.add(table);
        }
    }
}
