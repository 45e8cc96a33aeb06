/**
 * The money of an awarded grant: finality of the notice, the recipient's bank details, payment
 * requests and their four-eyes release, payment runs and their files for the city's cash office.
 * The steps run in BPMN (module {@code review}); this module holds the rules and the records.
 */
@ApplicationModule(allowedDependencies = {"grantapplication", "programme", "security", "shared"})
package de.kulturbuero.grants.payment;

import org.springframework.modulith.ApplicationModule;
