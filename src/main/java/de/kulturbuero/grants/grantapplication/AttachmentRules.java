package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.shared.text.SingleLineText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * What an attachment may be: PDF, JPEG, PNG, DOCX or XLSX, recognised by its content (magic bytes
 * via Apache Tika, and for DOCX/XLSX the parts inside the ZIP container), with a name whose
 * extension fits that content. File names are cleaned of anything a file system or a browser
 * could misread; a name that tries to leave its folder ({@code ../}, {@code /}, {@code \}) is refused.
 */
public final class AttachmentRules {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Allowed types and the extensions each may carry. */
    static final Map<String, Set<String>> EXTENSIONS = Map.of(
            PDF,
            Set.of("pdf"),
            JPEG,
            Set.of("jpg", "jpeg"),
            PNG,
            Set.of("png"),
            DOCX,
            Set.of("docx"),
            XLSX,
            Set.of("xlsx"));

    private static final Tika TIKA = new Tika();
    private static final int MAX_NAME = 200;

    private AttachmentRules() {}

    /**
     * The cleaned file name, or empty when the name must be refused (empty, a path, a parent
     * reference, control characters). Cleaning keeps letters, digits, space, dot, dash,
     * underscore and brackets, replaces anything else with "_" and shortens long names.
     */
    public static Optional<String> sanitiseFileName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (n.contains("/")
                || n.contains("\\")
                || n.contains("..")
                // line breaks, controls and direction overrides: "\u202Egnp.exe" would be shown as "exe.png"
                || !SingleLineText.isAllowed(n)
                || n.startsWith(".")
                || n.contains(":")) {
            return Optional.empty();
        }
        String cleaned = n.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").replaceAll("\\s+", " ");
        if (cleaned.length() > MAX_NAME) {
            int dot = cleaned.lastIndexOf('.');
            String ext = dot > 0 && cleaned.length() - dot <= 6 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return cleaned.isBlank() ? Optional.empty() : Optional.of(cleaned);
    }

    /** The content type recognised from the bytes, if it is an allowed one whose extension matches the name. */
    public static Optional<String> allowedType(byte[] content, String fileName) {
        String detected = detect(content);
        if (detected == null || !EXTENSIONS.containsKey(detected)) {
            return Optional.empty();
        }
        return EXTENSIONS.get(detected).contains(extension(fileName)) ? Optional.of(detected) : Optional.empty();
    }

    /** The type by content alone (the name is never passed to Tika, so it cannot vouch for the content). */
    static String detect(byte[] content) {
        String magic;
        try {
            magic = TIKA.detect(content);
        } catch (RuntimeException e) {
            return null;
        }
        if (PDF.equals(magic) || JPEG.equals(magic) || PNG.equals(magic)) {
            return magic;
        }
        if ("application/zip".equals(magic)
                || "application/x-tika-ooxml".equals(magic)
                || DOCX.equals(magic)
                || XLSX.equals(magic)) {
            return officeType(content);
        }
        return null;
    }

    /** DOCX and XLSX are ZIP containers: tell them apart by their parts, not by their name. */
    private static String officeType(byte[] content) {
        Set<String> entries = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < 10_000) {
                entries.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (!entries.contains("[Content_Types].xml")) {
            return null;
        }
        if (entries.contains("word/document.xml")) {
            return DOCX;
        }
        if (entries.contains("xl/workbook.xml")) {
            return XLSX;
        }
        return null;
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
