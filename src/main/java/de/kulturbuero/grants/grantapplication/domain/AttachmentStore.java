package de.kulturbuero.grants.grantapplication.domain;

import de.kulturbuero.grants.grantapplication.AttachmentContent;
import de.kulturbuero.grants.grantapplication.AttachmentSummary;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Attachments in the database table {@code application_attachment} (outside the web root, backed
 * up with the rest). Plain JDBC so that lists never load the bytes.
 */
@Component
public class AttachmentStore {

    private static final RowMapper<AttachmentSummary> SUMMARY = (rs, i) -> new AttachmentSummary(
            rs.getLong("id"),
            rs.getString("file_name"),
            rs.getString("content_type"),
            rs.getLong("size_bytes"),
            rs.getString("sha256"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    AttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttachmentSummary> list(long applicationId) {
        return jdbc.query(
                "SELECT id, file_name, content_type, size_bytes, sha256, created_at FROM application_attachment "
                        + "WHERE application_id = ? ORDER BY created_at, id",
                SUMMARY,
                applicationId);
    }

    public long totalBytes(long applicationId) {
        Long total = jdbc.queryForObject(
                "SELECT COALESCE(SUM(size_bytes), 0) FROM application_attachment WHERE application_id = ?",
                Long.class,
                applicationId);
        return total == null ? 0 : total;
    }

    public AttachmentSummary insert(
            long applicationId, String fileName, String contentType, byte[] content, String sha256, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO application_attachment "
                                    + "(application_id, file_name, content_type, size_bytes, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setLong(1, applicationId);
                    ps.setString(2, fileName);
                    ps.setString(3, contentType);
                    ps.setLong(4, content.length);
                    ps.setString(5, sha256);
                    ps.setBytes(6, content);
                    ps.setTimestamp(7, Timestamp.from(now));
                    return ps;
                },
                key);
        return new AttachmentSummary(key.getKey().longValue(), fileName, contentType, content.length, sha256, now);
    }

    public Optional<AttachmentContent> content(long applicationId, long attachmentId) {
        return jdbc
                .query(
                        "SELECT file_name, content_type, content FROM application_attachment WHERE id = ? AND application_id = ?",
                        (rs, i) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                        attachmentId,
                        applicationId)
                .stream()
                .findFirst();
    }

    public boolean delete(long applicationId, long attachmentId) {
        return jdbc.update(
                        "DELETE FROM application_attachment WHERE id = ? AND application_id = ?",
                        attachmentId,
                        applicationId)
                == 1;
    }
}
