/**
 * Data protection: an applicant's data export and deletion request, and the scheduled
 * anonymisation of applications past their retention period (app tables and engine history;
 * the statistics stay).
 */
@ApplicationModule(allowedDependencies = {"grantapplication", "programme", "review", "security", "shared"})
package de.kulturbuero.grants.dataprotection;

import org.springframework.modulith.ApplicationModule;
