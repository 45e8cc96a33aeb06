/** The applicant's payment page: finality and waiver, bank details, payment requests and their status. */
package de.kulturbuero.grants.payment.ui;
