package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.review.domain.ContentReviews;
import de.kulturbuero.grants.security.AccountService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The latest content review of a case as the decision form and the case file show it. */
@Component
class ContentReviewSummaries {

    private final ContentReviews contentReviews;
    private final ReviewCriteria criteria;
    private final AccountService accounts;

    ContentReviewSummaries(ContentReviews contentReviews, ReviewCriteria criteria, AccountService accounts) {
        this.contentReviews = contentReviews;
        this.criteria = criteria;
        this.accounts = accounts;
    }

    /** Null when the case has no content review yet. */
    ContentReviewSummary of(ApplicationSummary application) {
        return contentReviews
                .latest(application.id())
                .map(r -> {
                    // scores in the order of the application's criteria; other codes (reviews from before the programme
                    // had criteria: the default list) come last, named from the default list or by their code, weight 0
                    Map<String, ReviewCriterion> known = new LinkedHashMap<>();
                    criteria.of(application.id(), application.programmeId()).forEach(c -> known.put(c.code(), c));
                    Map<String, ReviewCriterion> defaults = new HashMap<>();
                    criteria.defaults().forEach(c -> defaults.put(c.code(), c));
                    Map<String, Integer> ordered = new LinkedHashMap<>();
                    known.keySet().stream()
                            .filter(r.scores()::containsKey)
                            .forEach(c -> ordered.put(c, r.scores().get(c)));
                    ordered.putAll(r.scores());
                    List<ReviewCriterion> scored = ordered.keySet().stream()
                            .map(code -> known.containsKey(code)
                                    ? known.get(code)
                                    : defaults.getOrDefault(code, new ReviewCriterion(code, code, code, 0)))
                            .toList();
                    return new ContentReviewSummary(
                            r.reviewerId(),
                            accounts.displayNames(Set.of(r.reviewerId())).get(r.reviewerId()),
                            r.recommendation(),
                            r.proposedAmount(),
                            r.note(),
                            ordered,
                            r.createdAt(),
                            scored);
                })
                .orElse(null);
    }
}
