/**
 * Reporting for the office (issue 5): the dashboard of budgets and figures, exports and the
 * public showcase. Reads applications only through grantapplication's public API.
 */
@ApplicationModule(allowedDependencies = {"grantapplication", "programme", "security", "shared"})
package de.kulturbuero.grants.reporting;

import org.springframework.modulith.ApplicationModule;
