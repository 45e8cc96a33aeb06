package de.kulturbuero.grants.grantapplication.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Receipts (the PDF made at submission) in the table {@code application_receipt}. */
@Component
public class ReceiptStore {

    private final JdbcTemplate jdbc;

    ReceiptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long applicationId, String language, byte[] pdf, Instant now) {
        jdbc.update(
                "INSERT INTO application_receipt (application_id, language, pdf, created_at) VALUES (?, ?, ?, ?)",
                applicationId,
                language,
                pdf,
                Timestamp.from(now));
    }

    /** Whether the application has a receipt, without reading the PDF. */
    public boolean exists(long applicationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM application_receipt WHERE application_id = ?)",
                Boolean.class,
                applicationId));
    }

    public Optional<byte[]> pdf(long applicationId) {
        return jdbc
                .query(
                        "SELECT pdf FROM application_receipt WHERE application_id = ?",
                        (rs, i) -> rs.getBytes(1),
                        applicationId)
                .stream()
                .findFirst();
    }
}
