package de.kulturbuero.grants.review.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Internal comments of the officers (table review_comment). */
@Repository
public class Comments {

    public record Row(long authorId, String text, Instant createdAt) {}

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long applicationId, long authorId, String text, Instant at) {
        jdbc.sql("INSERT INTO review_comment (application_id, author_id, text, created_at) VALUES (?, ?, ?, ?)")
                .params(applicationId, authorId, text, Timestamp.from(at))
                .update();
    }

    public List<Row> of(long applicationId) {
        return jdbc.sql(
                        "SELECT author_id, text, created_at FROM review_comment WHERE application_id = ? ORDER BY created_at, id")
                .param(applicationId)
                .query((rs, i) -> new Row(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
