/**
 * Reporting for the office: the dashboard of budgets and figures, exports and the
 * public showcase. Reads applications only through grantapplication's public API, and the
 * inbox's overdue tasks and the budget situation (budget, committed, remaining: the figures the
 * budget check at the decision uses) only through review's ({@code OverdueTasks},
 * {@code InboxQuery}, {@code ProgrammeBudgets}).
 */
@ApplicationModule(allowedDependencies = {"grantapplication", "programme", "review", "security", "shared"})
package de.kulturbuero.grants.reporting;

import org.springframework.modulith.ApplicationModule;
