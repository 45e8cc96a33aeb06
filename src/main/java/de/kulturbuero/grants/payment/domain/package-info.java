/**
 * The payment module's records. Their row types and statuses are read by the review's payment
 * steps and pages, so the package is a named interface; only this module writes the tables.
 */
@NamedInterface("domain")
package de.kulturbuero.grants.payment.domain;

import org.springframework.modulith.NamedInterface;
