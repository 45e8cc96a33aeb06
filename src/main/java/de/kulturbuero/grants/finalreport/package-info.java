/**
 * The recipient's final report (Verwendungsnachweis) of an awarded grant: the narrative report,
 * the actual figures against the financing plan and the list of receipts, drafted with a save at
 * every change and submitted once with a receipt PDF. Publishes {@link
 * de.kulturbuero.grants.finalreport.FinalReportSubmitted}; the office's check of the report is
 * not part of this module.
 */
@ApplicationModule(allowedDependencies = {"grantapplication", "payment", "programme", "security", "shared"})
package de.kulturbuero.grants.finalreport;

import org.springframework.modulith.ApplicationModule;
