/**
 * The recipient's final report page; {@code SubmittedReportSection} is reused by the office's
 * case view and the report check's forms.
 */
@NamedInterface("ui")
package de.kulturbuero.grants.finalreport.ui;

import org.springframework.modulith.NamedInterface;
