package de.kulturbuero.grants.review;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * The criteria a content review scores (1 to 5 each). The programme module has no criteria yet,
 * so they are a fixed list from {@code grants.review.criteria}; each has a text
 * {@code review.criterion.<code>}.
 */
@Component
public class ReviewCriteria {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    private final List<String> codes;

    ReviewCriteria(@Value("${grants.review.criteria:partnership,artistic-quality,fair-pay,feasibility,sustainability}") String codes) {
        this.codes = Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> codes() {
        return codes;
    }
}
