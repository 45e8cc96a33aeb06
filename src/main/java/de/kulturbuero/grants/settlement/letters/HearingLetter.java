package de.kulturbuero.grants.settlement.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hearing letter (Anhörung) before a reclaim: what the office intends to reclaim and why, and
 * until when the recipient may respond.
 *
 * @param head the letter's head
 * @param lines the figures as recognised
 * @param granted the grant as approved
 * @param recomputedGrant the grant the recognised figures carry
 * @param paid paid out so far
 * @param reclaim the amount the office intends to reclaim, positive
 * @param respondBy the last day for the recipient's response
 */
public record HearingLetter(
        LetterHead head,
        List<LineFinding> lines,
        BigDecimal granted,
        BigDecimal recomputedGrant,
        BigDecimal paid,
        BigDecimal reclaim,
        LocalDate respondBy) {}
