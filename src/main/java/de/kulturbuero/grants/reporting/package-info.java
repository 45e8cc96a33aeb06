/**
 * Reporting for the office (issue 5): the dashboard of budgets and figures, exports and the
 * public showcase. Reads applications only through grantapplication's public API, and the
 * inbox's overdue tasks only through review's ({@code OverdueTasks}, {@code InboxQuery}).
 */
@ApplicationModule(allowedDependencies = {"grantapplication", "programme", "review", "security", "shared"})
package de.kulturbuero.grants.reporting;

import org.springframework.modulith.ApplicationModule;
