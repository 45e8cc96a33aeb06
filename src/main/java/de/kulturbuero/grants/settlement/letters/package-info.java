/**
 * The settlement's letters as PDF: the office's check note ({@link
 * de.kulturbuero.grants.settlement.letters.CheckNotePdf}), the hearing before a reclaim ({@link
 * de.kulturbuero.grants.settlement.letters.HearingLetterPdf}) and the reclaim notice ({@link
 * de.kulturbuero.grants.settlement.letters.ReclaimNoticePdf}). Pure renderers of the records in
 * this package, German or English from the bundles; whoever checks a report fills the records and
 * stores the bytes. A named interface, so the report check can use it from its own module.
 */
@NamedInterface("letters")
package de.kulturbuero.grants.settlement.letters;

import org.springframework.modulith.NamedInterface;
