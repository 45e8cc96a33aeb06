package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationRules;
import de.kulturbuero.grants.programme.ProgrammeRules;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision threshold that applies to one application: the one of the rules version stored at
 * submission, never the programme's current one, so that the routing and the cap on the approved
 * amount read the same figure even when the office changes the programme in between.
 */
@Component
@Transactional(readOnly = true)
public class DecisionLimits {

    private final ApplicationRules rules;

    DecisionLimits(ApplicationRules rules) {
        this.rules = rules;
    }

    public BigDecimal thresholdOf(long applicationId) {
        return rules.rulesOf(applicationId)
                .map(ProgrammeRules::decisionThreshold)
                .orElseThrow(() ->
                        new IllegalStateException("Application " + applicationId + " has no programme rules version"));
    }

    /** REVIEWER or HEAD for the proposed amount of the content review. */
    public String levelFor(long applicationId, BigDecimal proposedAmount) {
        return DecisionLevels.levelFor(proposedAmount, thresholdOf(applicationId));
    }
}
