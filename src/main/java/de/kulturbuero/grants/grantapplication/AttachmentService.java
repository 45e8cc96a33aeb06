package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.grantapplication.domain.AttachmentStore;
import de.kulturbuero.grants.shared.text.SingleLineText;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of an application: added, listed, downloaded, and deleted while it is a draft.
 * Every file is checked here whatever the browser said: size (per file and per application),
 * type by content, and name; a refused file leaves nothing behind.
 */
@Service
public class AttachmentService {

    public static final String FIELD = "attachments";

    private final AttachmentStore store;
    private final ApplicationAccess access;
    private final Clock clock;
    private final long maxFileBytes;
    private final long maxTotalBytes;

    AttachmentService(
            AttachmentStore store,
            ApplicationAccess access,
            Clock clock,
            @Value("${grants.attachments.max-file-bytes:10485760}") long maxFileBytes,
            @Value("${grants.attachments.max-total-bytes:52428800}") long maxTotalBytes) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /**
     * Stores a file with the draft.
     *
     * @throws SubmissionRejected with the field {@value #FIELD} and a translated-message key when
     *                            the file is too large, of a type not allowed, or badly named
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public AttachmentSummary add(long applicationId, String fileName, byte[] content) {
        access.ownDraftLocked(applicationId, FIELD);
        if (!SingleLineText.isAllowed(fileName)) {
            // never stored or shown: "\u202Egnp.exe" would read "exe.png" in every list and mail
            throw rejected("grantapplication.attachment.hidden-characters");
        }
        String name = AttachmentRules.sanitiseFileName(fileName)
                .orElseThrow(() -> rejected("grantapplication.attachment.bad-name"));
        if (content == null || content.length == 0) {
            throw rejected("grantapplication.attachment.empty", name);
        }
        if (content.length > maxFileBytes) {
            throw rejected("grantapplication.attachment.too-large", name, megabytes(maxFileBytes));
        }
        String type = AttachmentRules.allowedType(content, name)
                .orElseThrow(() -> rejected("grantapplication.attachment.wrong-type", name));
        if (store.totalBytes(applicationId) + content.length > maxTotalBytes) {
            throw rejected("grantapplication.attachment.total-too-large", name, megabytes(maxTotalBytes));
        }
        return store.insert(applicationId, name, type, content, sha256(content), clock.instant());
    }

    /** The attachments of an application (own, or any submitted one for officers). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AttachmentSummary> list(long applicationId) {
        access.readable(applicationId);
        return store.list(applicationId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttachmentContent download(long applicationId, long attachmentId) {
        access.readable(applicationId);
        return store.content(applicationId, attachmentId)
                .orElseThrow(() -> new AccessDeniedException("No such attachment"));
    }

    /** Deletes an attachment while the application is a draft. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void delete(long applicationId, long attachmentId) {
        access.ownDraftLocked(applicationId, FIELD);
        if (!store.delete(applicationId, attachmentId)) {
            throw new AccessDeniedException("No such attachment");
        }
    }

    private static SubmissionRejected rejected(String key, Object... args) {
        return new SubmissionRejected(List.of(new Problem(FIELD, key, args)));
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
