/**
 * Accounts, roles, login and the signed-in user ({@link de.kulturbuero.grants.security.CurrentUser}).
 */
@ApplicationModule(allowedDependencies = "shared")
package de.kulturbuero.grants.security;

import org.springframework.modulith.ApplicationModule;
