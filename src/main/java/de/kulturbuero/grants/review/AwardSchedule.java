package de.kulturbuero.grants.review;

import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The award's periods, from application properties. Called from BPMN process 'grant-award' as
 * {@code ${awardSchedule...}} in its timer definition, so the period is configuration.
 */
@Component("awardSchedule")
public class AwardSchedule {

    private final Period finality;

    AwardSchedule(@Value("${grants.award.finality-period:P1M}") Period finality) {
        if (finality.isNegative() || finality.isZero()) {
            throw new IllegalStateException(
                    "grants.award.finality-period must be a positive ISO-8601 period, e.g. P1M");
        }
        this.finality = finality;
    }

    /** Timer_Finality: the notice becomes final this long after it was issued (ISO-8601). */
    public String finalityPeriod() {
        return finality.toString();
    }
}
