/** The office's administration views for programmes and partner cities (ADMIN). */
package de.kulturbuero.grants.programme.ui;
