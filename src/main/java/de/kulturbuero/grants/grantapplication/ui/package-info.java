/** Views of the applicant; {@code ApplicationDetails} is reused by the officers' task view. */
@NamedInterface("ui")
package de.kulturbuero.grants.grantapplication.ui;

import org.springframework.modulith.NamedInterface;
