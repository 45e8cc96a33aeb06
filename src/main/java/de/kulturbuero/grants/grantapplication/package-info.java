/**
 * The applicant's side: drafting and submitting applications, following their status. Publishes
 * {@link de.kulturbuero.grants.grantapplication.GrantApplicationSubmitted}; never asks the
 * process engine (the review module pushes status changes in through
 * {@link de.kulturbuero.grants.grantapplication.GrantApplicationProcessing}).
 */
@ApplicationModule(allowedDependencies = {"programme", "security", "shared"})
package de.kulturbuero.grants.grantapplication;

import org.springframework.modulith.ApplicationModule;
