/** The office's page for the base interest rates (ADMIN, HEAD). */
package de.kulturbuero.grants.settlement.ui;
