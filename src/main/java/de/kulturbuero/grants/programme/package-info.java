/**
 * Funding programmes and partner cities: the office's own data that applications refer to.
 */
@ApplicationModule(allowedDependencies = {"shared", "security"})
package de.kulturbuero.grants.programme;

import org.springframework.modulith.ApplicationModule;
