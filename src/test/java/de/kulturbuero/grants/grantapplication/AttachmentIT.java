package de.kulturbuero.grants.grantapplication;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.BEN;
import static de.kulturbuero.grants.TestUsers.CLARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.programme.ProgrammeService;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Attachments on MariaDB: stored with checksum, listed, downloaded, deleted; every refused file leaves nothing behind. */
@IntegrationTest
class AttachmentIT {

    @Autowired
    TestUsers users;

    @Autowired
    TestApplications testApplications;

    @Autowired
    GrantApplicationService applications;

    @Autowired
    AttachmentService attachments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgrammeService programmes;

    long draft;

    @BeforeEach
    void aDraftOfAnna() {
        users.signIn(ANNA);
        draft = applications.createDraft(testApplications.internationalCulture().id());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    int stored() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM application_attachment WHERE application_id = ?", Integer.class, draft);
    }

    void assertRefused(String fileName, byte[] content, String messageKey) {
        assertThatThrownBy(() -> attachments.add(draft, fileName, content))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(Problem::field, Problem::messageKey)
                                .containsExactly(Tuple.tuple(AttachmentService.FIELD, messageKey)));
        assertThat(stored()).as("nothing stored for " + fileName).isZero();
    }

    @Test
    void a_pdf_is_stored_outside_the_web_root_with_its_checksum_and_comes_back_unchanged() {
        byte[] pdf = SampleFiles.pdf();
        AttachmentSummary saved = attachments.add(draft, "Absichtserklärung Poznań.pdf", pdf);

        assertThat(saved.contentType()).isEqualTo(AttachmentRules.PDF);
        assertThat(saved.sizeBytes()).isEqualTo(pdf.length);
        assertThat(jdbc.queryForObject(
                        "SELECT sha256 FROM application_attachment WHERE id = ?", String.class, saved.id()))
                .isEqualTo(AttachmentService.sha256(pdf))
                .hasSize(64);
        assertThat(attachments.list(draft))
                .extracting(AttachmentSummary::fileName)
                .containsExactly("Absichtserklärung Poznań.pdf");
        AttachmentContent back = attachments.download(draft, saved.id());
        assertThat(back.content()).isEqualTo(pdf);
        assertThat(back.contentType()).isEqualTo(AttachmentRules.PDF);
    }

    @Test
    void a_name_with_a_direction_override_is_refused_and_nothing_is_stored() {
        // "\u202Egnp.exe" is shown as "exe.png"; the content is a real PNG, so only the name can refuse it
        String refused = "grantapplication.attachment.hidden-characters";
        assertRefused("\u202Egnp.exe", SampleFiles.image("png"), refused);
        assertRefused("Foto\u202Egnp.png", SampleFiles.image("png"), refused);
        assertRefused("Plan\u2066.pdf", SampleFiles.pdf(), refused);
        assertRefused("Plan\r\nX.pdf", SampleFiles.pdf(), refused);
    }

    @Test
    void every_allowed_type_is_accepted() {
        attachments.add(draft, "a.png", SampleFiles.image("png"));
        attachments.add(draft, "b.jpg", SampleFiles.image("jpg"));
        attachments.add(draft, "c.docx", SampleFiles.docx());
        attachments.add(draft, "d.xlsx", SampleFiles.xlsx());
        assertThat(attachments.list(draft))
                .extracting(AttachmentSummary::contentType)
                .containsExactly(AttachmentRules.PNG, AttachmentRules.JPEG, AttachmentRules.DOCX, AttachmentRules.XLSX);
    }

    @Test
    void an_oversized_file_is_refused_and_nothing_is_stored() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] pdf = SampleFiles.pdf();
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertRefused("big.pdf", big, "grantapplication.attachment.too-large");
    }

    @Test
    void a_file_of_exactly_ten_megabytes_is_accepted() {
        byte[] max = new byte[10 * 1024 * 1024];
        byte[] pdf = SampleFiles.pdf();
        System.arraycopy(pdf, 0, max, 0, pdf.length);
        attachments.add(draft, "max.pdf", max);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void more_than_fifty_megabytes_per_application_are_refused() {
        byte[] nine = new byte[9 * 1024 * 1024];
        byte[] pdf = SampleFiles.pdf();
        System.arraycopy(pdf, 0, nine, 0, pdf.length);
        for (int i = 0; i < 5; i++) {
            attachments.add(draft, "part" + i + ".pdf", nine);
        }
        assertThatThrownBy(() -> attachments.add(draft, "part5.pdf", nine))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(Problem::messageKey)
                                .containsExactly("grantapplication.attachment.total-too-large"));
        assertThat(stored()).isEqualTo(5);
    }

    @Test
    void a_wrong_type_disguised_by_its_extension_is_refused_and_nothing_is_stored() {
        assertRefused("invoice.pdf", SampleFiles.exe(), "grantapplication.attachment.wrong-type");
        assertRefused("photo.png", SampleFiles.html(), "grantapplication.attachment.wrong-type");
        assertRefused("concept.docx", SampleFiles.plainZip(), "grantapplication.attachment.wrong-type");
    }

    @Test
    void a_path_traversal_name_is_refused_and_nothing_is_stored() {
        assertRefused("../../etc/passwd.pdf", SampleFiles.pdf(), "grantapplication.attachment.bad-name");
        assertRefused("..\\..\\boot.ini.pdf", SampleFiles.pdf(), "grantapplication.attachment.bad-name");
    }

    @Test
    void every_refusal_has_an_english_and_a_german_text() {
        ResourceBundle en = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);
        ResourceBundle de = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.GERMAN);
        for (String key : new String[] {
            "grantapplication.attachment.too-large",
            "grantapplication.attachment.wrong-type",
            "grantapplication.attachment.bad-name",
            "grantapplication.attachment.hidden-characters",
            "grantapplication.attachment.total-too-large"
        }) {
            assertThat(en.getString(key)).isNotBlank();
            assertThat(de.getString(key)).isNotBlank().isNotEqualTo(en.getString(key));
        }
    }

    @Test
    void a_file_can_be_deleted_while_draft_but_not_after_submission() {
        AttachmentSummary a = attachments.add(draft, "a.pdf", SampleFiles.pdf());
        attachments.delete(draft, a.id());
        assertThat(stored()).isZero();

        long other =
                applications.createDraft(testApplications.internationalCulture().id());
        AttachmentSummary kept = attachments.add(other, "kept.pdf", SampleFiles.pdf());
        applications.saveDraft(other, CompleteDraft.of(programmes, TestApplications.uniqueTitle("With attachment")));
        applications.submit(other, Locale.GERMAN);
        assertThatThrownBy(() -> attachments.delete(other, kept.id())).isInstanceOf(SubmissionRejected.class);
        assertThatThrownBy(() -> attachments.add(other, "late.pdf", SampleFiles.pdf()))
                .isInstanceOf(SubmissionRejected.class);
        assertThat(attachments.list(other)).hasSize(1);
        users.run(
                CLARA,
                () -> assertThat(attachments.download(other, kept.id()).fileName())
                        .isEqualTo("kept.pdf"));
    }

    @Test
    void another_applicant_can_neither_list_nor_download_nor_add_nor_delete() {
        AttachmentSummary a = attachments.add(draft, "private.pdf", SampleFiles.pdf());
        users.run(BEN, () -> {
            assertThatThrownBy(() -> attachments.list(draft)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.download(draft, a.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.add(draft, "x.pdf", SampleFiles.pdf()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.delete(draft, a.id())).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(stored()).isEqualTo(1);
    }
}
