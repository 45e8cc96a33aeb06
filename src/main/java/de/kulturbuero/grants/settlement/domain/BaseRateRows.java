package de.kulturbuero.grants.settlement.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code base_interest_rate}: the base interest rates, one row per half-year. */
@Repository
public class BaseRateRows {

    /** {@code createdBy} is null for the rates seeded by the migration. */
    public record Row(LocalDate validFrom, BigDecimal rate, Long createdBy, Instant createdAt) {}

    private final JdbcClient jdbc;

    BaseRateRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    public List<Row> all() {
        return jdbc.sql("SELECT valid_from, rate, created_by, created_at FROM base_interest_rate ORDER BY valid_from")
                .query(BaseRateRows::map)
                .list();
    }

    /**
     * The newest row, locked until the transaction ends, so two officers adding at the same time
     * are checked one after the other against the same newest rate.
     */
    public Optional<Row> lockNewest() {
        return jdbc.sql("SELECT valid_from, rate, created_by, created_at FROM base_interest_rate"
                        + " ORDER BY valid_from DESC LIMIT 1 FOR UPDATE")
                .query(BaseRateRows::map)
                .optional();
    }

    public boolean exists(LocalDate validFrom) {
        return jdbc.sql("SELECT COUNT(*) FROM base_interest_rate WHERE valid_from = ?")
                        .param(Date.valueOf(validFrom))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(LocalDate validFrom, BigDecimal rate, long by, Instant at) {
        jdbc.sql("INSERT INTO base_interest_rate (valid_from, rate, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(Date.valueOf(validFrom), rate, by, Timestamp.from(at))
                .update();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        long by = rs.getLong("created_by");
        Long createdBy = rs.wasNull() ? null : by;
        return new Row(
                rs.getDate("valid_from").toLocalDate(),
                rs.getBigDecimal("rate"),
                createdBy,
                rs.getTimestamp("created_at").toInstant());
    }
}
