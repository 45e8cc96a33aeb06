package de.kulturbuero.grants.grantapplication.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out reference numbers {@code <prefix>-<year>-<4-digit sequence>}, one sequence per prefix
 * and year. The counter row is incremented atomically with MariaDB's {@code LAST_INSERT_ID(expr)}
 * idiom in a short transaction of its own, which commits at once: its row lock serialises only
 * that one statement, not the whole submission (process start, receipt PDF), which in the
 * caller's transaction let all submissions of a programme wait for each other in a deadline rush
 * (see SubmissionBenchmark). Numbers stay unique and increase; a submission that fails after it
 * took its number leaves a gap, which the funding rules allow.
 */
@Component
public class ReferenceNumbers {

    private final JdbcTemplate jdbc;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next(String prefix, int year) {
        jdbc.update(
                "INSERT INTO reference_number_sequence (prefix, year, last_value) VALUES (?, ?, LAST_INSERT_ID(1)) "
                        + "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)",
                prefix,
                year);
        Integer value = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Integer.class);
        return format(prefix, year, value);
    }

    static String format(String prefix, int year, int sequence) {
        return "%s-%d-%04d".formatted(prefix, year, sequence);
    }
}
