package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes notice letters (approval, rejection, ineligibility) as PDF with OpenPDF. The DejaVu Sans
 * fonts are shipped in {@code src/main/resources/fonts/} and embedded, so names such as "Poznań"
 * or "Łódź" print correctly (the 14 standard PDF fonts lack those glyphs).
 */
@Component
class NoticeWriter {

    /** What the letter says. {@code kind} is APPROVAL, REJECTION or INELIGIBILITY. */
    record Letter(
            String kind,
            Locale locale,
            ApplicationSummary application,
            String applicantName,
            String programmeName,
            String partnerCity,
            String conditions,
            String reason,
            LocalDate date) {}

    private final byte[] regular = font("/fonts/DejaVuSans.ttf");
    private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");

    byte[] write(Letter letter) {
        Locale l = letter.locale();
        ApplicationSummary a = letter.application();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 70, 60, 60, 60);
        try {
            BaseFont base =
                    BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regular, null);
            BaseFont baseBold = BaseFont.createFont(
                    "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bold, null);
            Font text = new Font(base, 10.5f);
            Font small = new Font(base, 8.5f);
            Font heading = new Font(baseBold, 14f);
            Font strong = new Font(baseBold, 10.5f);
            PdfWriter.getInstance(document, out);
            document.addTitle(Bundle.text(l, "review.notice.title." + letter.kind()) + " " + a.referenceNumber());
            document.open();
            document.add(new Paragraph(Bundle.text(l, "review.notice.sender"), small));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(letter.applicantName(), text));
            Paragraph date = new Paragraph(Formats.date(letter.date(), l), text);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(Bundle.text(l, "review.notice.title." + letter.kind()), heading));
            document.add(
                    new Paragraph(Bundle.text(l, "review.notice.subject", a.referenceNumber(), a.title()), strong));
            document.add(new Paragraph(
                    Bundle.text(
                            l,
                            "review.notice.programme",
                            letter.programmeName(),
                            letter.partnerCity() == null ? "" : letter.partnerCity()),
                    text));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(Bundle.text(l, "review.notice.salutation", letter.applicantName()), text));
            document.add(new Paragraph(" ", text));
            switch (letter.kind()) {
                case "APPROVAL" -> {
                    document.add(new Paragraph(
                            Bundle.text(
                                    l,
                                    "review.notice.approval.body",
                                    Formats.money(a.grantedAmount(), l),
                                    Formats.money(a.requestedAmount(), l)),
                            text));
                    if (letter.conditions() != null) {
                        document.add(new Paragraph(" ", text));
                        document.add(new Paragraph(Bundle.text(l, "review.notice.conditions"), strong));
                        document.add(new Paragraph(letter.conditions(), text));
                    }
                    document.add(new Paragraph(" ", text));
                    document.add(new Paragraph(Bundle.text(l, "review.notice.approval.next"), text));
                }
                case "REJECTION", "INELIGIBILITY" -> {
                    document.add(new Paragraph(
                            Bundle.text(l, "review.notice." + letter.kind().toLowerCase(Locale.ROOT) + ".body"), text));
                    if (letter.reason() != null) {
                        document.add(new Paragraph(" ", text));
                        document.add(new Paragraph(Bundle.text(l, "review.notice.reason"), strong));
                        document.add(new Paragraph(letter.reason(), text));
                    }
                }
                default -> throw new IllegalArgumentException("Unknown notice kind " + letter.kind());
            }
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(Bundle.text(l, "review.notice.no-claim"), small));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(Bundle.text(l, "review.notice.closing"), text));
            document.add(new Paragraph(Bundle.text(l, "review.notice.office"), text));
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write the notice for " + a.referenceNumber(), e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = NoticeWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
