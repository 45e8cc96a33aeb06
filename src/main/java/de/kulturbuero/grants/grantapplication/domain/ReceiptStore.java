package de.kulturbuero.grants.grantapplication.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Receipts (the PDF made at submission) in the table {@code application_receipt}. */
@Component
public class ReceiptStore {

    private final JdbcTemplate jdbc;

    ReceiptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long applicationId, String language, byte[] pdf, Instant now) {
        jdbc.update("INSERT INTO application_receipt (application_id, language, pdf, created_at) VALUES (?, ?, ?, ?)",
                applicationId, language, pdf, Timestamp.from(now));
    }

    public Optional<byte[]> pdf(long applicationId) {
        return jdbc.query("SELECT pdf FROM application_receipt WHERE application_id = ?", (rs, i) -> rs.getBytes(1), applicationId)
                .stream().findFirst();
    }
}
