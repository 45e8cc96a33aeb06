package de.kulturbuero.grants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    @Test
    void each_allowed_type_is_recognised_by_its_content() {
        assertThat(AttachmentRules.allowedType(SampleFiles.pdf(), "letter.pdf")).contains(AttachmentRules.PDF);
        assertThat(AttachmentRules.allowedType(SampleFiles.image("png"), "photo.png"))
                .contains(AttachmentRules.PNG);
        assertThat(AttachmentRules.allowedType(SampleFiles.image("jpg"), "photo.JPG"))
                .contains(AttachmentRules.JPEG);
        assertThat(AttachmentRules.allowedType(SampleFiles.image("jpg"), "photo.jpeg"))
                .contains(AttachmentRules.JPEG);
        assertThat(AttachmentRules.allowedType(SampleFiles.docx(), "concept.docx"))
                .contains(AttachmentRules.DOCX);
        assertThat(AttachmentRules.allowedType(SampleFiles.xlsx(), "budget.xlsx"))
                .contains(AttachmentRules.XLSX);
    }

    @Test
    void a_file_disguised_by_its_extension_is_refused() {
        assertThat(AttachmentRules.allowedType(SampleFiles.exe(), "invoice.pdf"))
                .isEmpty();
        assertThat(AttachmentRules.allowedType(SampleFiles.html(), "photo.png")).isEmpty();
        assertThat(AttachmentRules.allowedType(SampleFiles.plainZip(), "concept.docx"))
                .isEmpty();
        assertThat(AttachmentRules.allowedType(new byte[] {1, 2, 3}, "empty.xlsx"))
                .isEmpty();
    }

    @Test
    void an_allowed_content_under_a_name_of_another_type_is_refused() {
        assertThat(AttachmentRules.allowedType(SampleFiles.image("png"), "photo.pdf"))
                .isEmpty();
        assertThat(AttachmentRules.allowedType(SampleFiles.xlsx(), "budget.docx"))
                .isEmpty();
        assertThat(AttachmentRules.allowedType(SampleFiles.pdf(), "letter")).isEmpty();
    }

    @Test
    void path_traversal_and_paths_in_names_are_refused() {
        assertThat(AttachmentRules.sanitiseFileName("../../etc/passwd")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("..\\windows\\win.ini")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("/tmp/x.pdf")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("C:report.pdf")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName(".htaccess")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("a\u0000b.pdf")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("  ")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName(null)).isEmpty();
    }

    @Test
    void direction_overrides_and_line_breaks_in_names_are_refused() {
        // shown as "exe.png" in a list, an e-mail or a download dialog
        assertThat(AttachmentRules.sanitiseFileName("\u202Egnp.exe")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("Foto\u202Egnp.pdf")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("Plan\u2067fdp.exe\u2069.pdf"))
                .isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("Plan\u200F.pdf")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("Plan\r\nX.pdf")).isEmpty();
    }

    @Test
    void names_are_cleaned_but_keep_letters_of_every_language() {
        assertThat(AttachmentRules.sanitiseFileName("Einladung Poznań (2027).pdf"))
                .contains("Einladung Poznań (2027).pdf");
        assertThat(AttachmentRules.sanitiseFileName("budget<script>.xlsx")).contains("budget_script_.xlsx");
        assertThat(AttachmentRules.sanitiseFileName("a   b\t.pdf")).isEmpty();
        assertThat(AttachmentRules.sanitiseFileName("a   b.pdf")).contains("a b.pdf");
    }

    @Test
    void overlong_names_are_shortened_keeping_the_extension() {
        String cleaned =
                AttachmentRules.sanitiseFileName("x".repeat(300) + ".docx").orElseThrow();
        assertThat(cleaned).hasSize(200).endsWith(".docx");
    }

    @Test
    void the_checksum_is_sha_256_in_hex() {
        assertThat(AttachmentService.sha256("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
