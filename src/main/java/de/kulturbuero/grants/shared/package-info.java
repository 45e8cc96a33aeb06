/**
 * Shared kernel: data source and embedded MariaDB, clock, i18n helpers, the main layout. Open to
 * every module; depends on none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package de.kulturbuero.grants.shared;

import org.springframework.modulith.ApplicationModule;
