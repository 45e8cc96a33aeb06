package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import de.kulturbuero.grants.grantapplication.AttachmentContent;
import de.kulturbuero.grants.grantapplication.AttachmentService;
import de.kulturbuero.grants.grantapplication.AttachmentSummary;
import de.kulturbuero.grants.grantapplication.SubmissionRejected;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Step 4: attachments. Files go straight to the server, which checks size, type (by content) and
 * name; a refused file is named with the reason in an alert region. Files can be downloaded, and
 * deleted while the application is a draft.
 */
class AttachmentsStep extends Composite<Div> {

    private final transient AttachmentService attachments;
    private final long applicationId;
    private final boolean editable;
    private final UnorderedList list = new UnorderedList();
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph empty = new Paragraph();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();

    AttachmentsStep(AttachmentService attachments, long applicationId, boolean editable) {
        this(attachments, applicationId, editable, SubmittedApplication.Audience.APPLICANT);
    }

    /** @param audience whose wording the texts use (read-only lists for officers name "the applicant") */
    AttachmentsStep(
            AttachmentService attachments,
            long applicationId,
            boolean editable,
            SubmittedApplication.Audience audience) {
        this.attachments = attachments;
        this.applicationId = applicationId;
        this.editable = editable;
        Div root = getContent();
        root.addClassName("attachments");
        if (editable) {
            root.add(new H2(getTranslation("grantapplication.step.ATTACHMENTS")));
            root.add(new Paragraph(getTranslation(
                    "grantapplication.attachment.intro",
                    attachments.maxFileBytes() / (1024 * 1024),
                    attachments.maxTotalBytes() / (1024 * 1024))));
            root.add(errors, upload());
        }
        list.addClassName("attachment-list");
        list.getElement().setAttribute("aria-label", getTranslation("grantapplication.attachment.list"));
        empty.setText(getTranslation(
                audience == SubmittedApplication.Audience.OFFICER
                        ? "grantapplication.officer.attachments-none"
                        : "grantapplication.attachment.none"));
        root.add(list, empty);
        refresh();
    }

    private Upload upload() {
        // the handler runs in the upload's own request: it only records what happened; the
        // browser's "upload-response" event then brings the view up to date in a normal round trip
        UploadHandler handler = event -> {
            // this runs outside the UI's request: translate with the UI's locale explicitly
            UI ui = event.getUI();
            String message = null;
            if (event.getFileSize() > attachments.maxFileBytes()) {
                // refuse before reading: the file is never held in memory
                message = ui.getTranslation(
                        ui.getLocale(),
                        "grantapplication.attachment.too-large",
                        event.getFileName(),
                        attachments.maxFileBytes() / (1024 * 1024));
            } else {
                try (InputStream in = event.getInputStream()) {
                    byte[] content = in.readNBytes((int) attachments.maxFileBytes() + 1);
                    attachments.add(applicationId, event.getFileName(), content);
                } catch (SubmissionRejected rejected) {
                    message = rejected.problems().stream()
                            .map(p -> ui.getTranslation(ui.getLocale(), p.messageKey(), p.args()))
                            .reduce((a, b) -> a + " " + b)
                            .orElse("");
                }
            }
            if (message != null) {
                refusals.add(message);
                event.reject(message);
            }
        };
        Upload upload = new Upload(handler);
        upload.setMaxFileSize((int) attachments.maxFileBytes());
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showError(getTranslation(
                "grantapplication.attachment.refused-by-browser", e.getFileName(), e.getErrorMessage())));
        upload.getElement().addEventListener("upload-response", e -> {
            List<String> messages = new ArrayList<>();
            for (String m; (m = refusals.poll()) != null; ) {
                messages.add(m);
            }
            showError(messages.isEmpty() ? null : String.join(" ", messages));
            if (messages.isEmpty()) {
                // the stored file now shows in the list below: no need to show it twice
                upload.clearFileList();
            }
            refresh();
        });
        return upload;
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("grantapplication.attachment.add"))
                .setMany(getTranslation("grantapplication.attachment.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("grantapplication.attachment.drop"))
                .setMany(getTranslation("grantapplication.attachment.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation(
                        "grantapplication.attachment.too-big-short", attachments.maxFileBytes() / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("grantapplication.attachment.wrong-type-short"))
                .setTooManyFiles(getTranslation("grantapplication.attachment.too-many")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setError(new UploadI18N.Uploading.Error()
                        .setForbidden(getTranslation("grantapplication.attachment.refused"))
                        .setFileTooLarge(getTranslation(
                                "grantapplication.attachment.too-big-short",
                                attachments.maxFileBytes() / (1024 * 1024)))
                        .setServerUnavailable(getTranslation("grantapplication.attachment.server-error"))
                        .setUnexpectedServerError(getTranslation("grantapplication.attachment.server-error"))));
        return i18n;
    }

    /** Names the refused file(s) with the reason; null hides the region. */
    private void showError(String message) {
        if (message == null) {
            errors.clear();
        } else {
            errors.message(message);
        }
    }

    /** Lists the stored files again (after an upload or a deletion). */
    void refresh() {
        list.removeAll();
        List<AttachmentSummary> files = attachments.list(applicationId);
        for (AttachmentSummary file : files) {
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(e -> {
                        AttachmentContent c = attachments.download(applicationId, file.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(c.content()),
                                c.fileName(),
                                c.contentType(),
                                c.content().length);
                    }),
                    AttachmentType.DOWNLOAD,
                    file.fileName());
            Span size = new Span(" (" + size(file.sizeBytes()) + ")");
            size.addClassName("attachment-size");
            ListItem item = new ListItem(download, size);
            if (editable) {
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
                    attachments.delete(applicationId, file.id());
                    showError(null);
                    refresh();
                });
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("grantapplication.attachment.delete", file.fileName()));
                delete.setTooltipText(getTranslation("grantapplication.attachment.delete", file.fileName()));
                item.add(delete);
            }
            list.add(item);
        }
        empty.setVisible(files.isEmpty());
        list.setVisible(!files.isEmpty());
    }

    private String size(long bytes) {
        Locale locale = getLocale();
        return bytes >= 1024 * 1024
                ? String.format(locale, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(locale, "%d KB", Math.max(1, (bytes + 1023) / 1024));
    }
}
