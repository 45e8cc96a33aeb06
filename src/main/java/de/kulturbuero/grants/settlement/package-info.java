/**
 * The settlement after the final report (Verwendungsnachweis): the rules that turn the actual
 * figures into recognised costs ({@link de.kulturbuero.grants.settlement.LineTolerance}), the
 * grant those costs carry ({@link de.kulturbuero.grants.settlement.GrantRecomputation}), what is
 * still to pay or to reclaim ({@link de.kulturbuero.grants.settlement.Settlement}) and the
 * interest on a reclaim ({@link de.kulturbuero.grants.settlement.ReclaimInterest}); and the table
 * of base interest rates the office keeps ({@link de.kulturbuero.grants.settlement.BaseRates}).
 * The rules are pure functions on {@link java.math.BigDecimal}s: the report check calls them with
 * its own figures.
 */
@ApplicationModule(allowedDependencies = {"programme", "security", "shared"})
package de.kulturbuero.grants.settlement;

import org.springframework.modulith.ApplicationModule;
