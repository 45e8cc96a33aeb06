/**
 * The Kulturbüro's review: the BPMN process (only {@code review.process} talks to Flowable), the
 * inbox, tasks and decisions.
 */
@ApplicationModule(
        allowedDependencies = {
            "grantapplication",
            "grantapplication :: ui",
            "finalreport",
            "finalreport :: ui",
            "payment",
            "payment :: domain",
            "programme",
            "security",
            "settlement",
            "settlement :: letters",
            "shared"
        })
package de.kulturbuero.grants.review;

import org.springframework.modulith.ApplicationModule;
