package de.kulturbuero.grants.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The portal's PDF fonts (DejaVu Sans from {@code src/main/resources/fonts/}), embedded in every
 * document so that Polish, Czech or Malawian names print as written on any reader's machine.
 */
public final class EmbeddedFonts {

    public static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
    public static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private EmbeddedFonts() {}

    private static BaseFont load(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " missing on the class path");
            }
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
