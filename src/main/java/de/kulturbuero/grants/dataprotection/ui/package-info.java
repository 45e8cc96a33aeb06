/** The applicant's "my data" page. */
package de.kulturbuero.grants.dataprotection.ui;
