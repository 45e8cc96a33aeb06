/** Views of the reporting module: dashboard, exports, public showcase. */
package de.kulturbuero.grants.reporting.ui;
