package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationRules;
import de.kulturbuero.grants.programme.Criterion;
import de.kulturbuero.grants.programme.ProgrammeRules;
import de.kulturbuero.grants.programme.ProgrammeService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The criteria a content review scores (1 to 5 each): the criteria of the application's programme
 * as they were when the application was submitted (its rules version), so a criterion added or
 * changed later does not apply to it. An application without a rules version gets the programme's
 * current criteria. Only a programme without any criteria falls back to the default list
 * {@code grants.review.criteria} (texts {@code review.criterion.<code>}, equal weights).
 * <p>
 * Scores are keyed by {@link #code(long) c&lt;criterionId&gt;}, stable across rule versions.
 */
@Component
public class ReviewCriteria {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    private final List<String> codes;
    private final ApplicationRules rules;
    private final ProgrammeService programmes;

    ReviewCriteria(
            @Value("${grants.review.criteria:partnership,artistic-quality,fair-pay,feasibility,sustainability}")
                    String codes,
            ApplicationRules rules,
            ProgrammeService programmes) {
        this.codes = Arrays.stream(codes.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        this.rules = rules;
        this.programmes = programmes;
    }

    /** The score key of a programme criterion. */
    public static String code(long criterionId) {
        return "c" + criterionId;
    }

    /** The codes of the default list (for programmes without criteria). */
    public List<String> codes() {
        return codes;
    }

    /** The default list with equal weights (the remainder goes to the first ones). */
    public List<ReviewCriterion> defaults() {
        List<ReviewCriterion> list = new ArrayList<>();
        int n = codes.size();
        for (int i = 0; i < n; i++) {
            list.add(new ReviewCriterion(codes.get(i), null, null, 100 / n + (i < 100 % n ? 1 : 0)));
        }
        return List.copyOf(list);
    }

    /** The criteria an application is scored by, in the programme's order. */
    public List<ReviewCriterion> of(long applicationId, long programmeId) {
        List<Criterion> criteria = rules.rulesOf(applicationId)
                .map(ProgrammeRules::criteria)
                .orElseGet(() -> programmes.criteria(programmeId));
        if (criteria.isEmpty()) {
            return defaults();
        }
        return criteria.stream()
                .map(c -> new ReviewCriterion(code(c.id()), c.nameDe(), c.nameEn(), c.weight()))
                .toList();
    }
}
