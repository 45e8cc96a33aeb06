/**
 * Demo cases for a first look at the portal: applications that went through the real review
 * and payment use cases as the demo users, so every role finds work in its inbox. Off in the
 * {@code prod} profile, like the demo users.
 */
@ApplicationModule(allowedDependencies = {"grantapplication", "payment", "programme", "review", "security", "shared"})
package de.kulturbuero.grants.demo;

import org.springframework.modulith.ApplicationModule;
