/**
 * Reporting for the office: the dashboard of budgets and figures, exports and the
 * public showcase. Reads applications only through grantapplication's public API, and the
 * inbox's overdue tasks and the budget situation (budget, committed, remaining: the figures the
 * budget check at the decision uses) only through review's ({@code OverdueTasks},
 * {@code InboxQuery}, {@code ProgrammeBudgets}), and the money of the year's grants (granted,
 * paid, outstanding, held back) only through payment's {@code PaymentFigures}.
 */
@ApplicationModule(allowedDependencies = {"grantapplication", "payment", "programme", "review", "security", "shared"})
package de.kulturbuero.grants.reporting;

import org.springframework.modulith.ApplicationModule;
