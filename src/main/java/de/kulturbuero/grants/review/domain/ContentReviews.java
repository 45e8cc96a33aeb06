package de.kulturbuero.grants.review.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Content reviews with their scores (tables content_review, content_review_score). */
@Repository
public class ContentReviews {

    public record Row(
            long id,
            long reviewerId,
            String recommendation,
            BigDecimal proposedAmount,
            String note,
            Instant createdAt,
            Map<String, Integer> scores) {}

    private final JdbcClient jdbc;

    ContentReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long save(
            long applicationId,
            long reviewerId,
            String recommendation,
            BigDecimal proposedAmount,
            String note,
            Map<String, Integer> scores,
            Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO content_review (application_id, reviewer_id, recommendation, proposed_amount, note, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(applicationId, reviewerId, recommendation, proposedAmount, note, Timestamp.from(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        scores.forEach((criterion, score) -> jdbc.sql(
                        "INSERT INTO content_review_score (content_review_id, criterion, score) VALUES (?, ?, ?)")
                .params(id, criterion, score)
                .update());
        return id;
    }

    /** The latest content review of an application (a case can be reviewed again after a new formal check). */
    public Optional<Row> latest(long applicationId) {
        List<Row> rows = jdbc.sql(
                        "SELECT id, reviewer_id, recommendation, proposed_amount, note, created_at FROM content_review "
                                + "WHERE application_id = ? ORDER BY created_at DESC, id DESC LIMIT 1")
                .param(applicationId)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        new LinkedHashMap<>()))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.getFirst();
        jdbc.sql("SELECT criterion, score FROM content_review_score WHERE content_review_id = ? ")
                .param(row.id())
                .query(rs -> {
                    row.scores().put(rs.getString(1), rs.getInt(2));
                });
        return Optional.of(row);
    }
}
