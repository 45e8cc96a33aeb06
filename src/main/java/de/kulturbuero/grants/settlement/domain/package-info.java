/** The settlement module's records; only this module reads and writes its tables. */
package de.kulturbuero.grants.settlement.domain;
