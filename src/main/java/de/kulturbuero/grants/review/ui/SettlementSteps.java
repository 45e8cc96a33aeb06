package de.kulturbuero.grants.review.ui;

import de.kulturbuero.grants.review.ReclaimSteps;
import de.kulturbuero.grants.review.ReportChecks;
import org.springframework.stereotype.Component;

/** The use cases behind the forms of the final report's check and a reclaim: one bean, so that the task page names them once. */
@Component
class SettlementSteps {

    final ReportChecks checks;
    final ReclaimSteps reclaims;

    SettlementSteps(ReportChecks checks, ReclaimSteps reclaims) {
        this.checks = checks;
        this.reclaims = reclaims;
    }
}
