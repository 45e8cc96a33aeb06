package de.kulturbuero.grants.settlement.letters;

import java.math.BigDecimal;
import java.util.List;

/**
 * The office's check note (Prüfvermerk) on a final report: how deep it was checked and why, the
 * figures as recognised, the grant they carry and what is left to pay or to reclaim.
 *
 * @param head the case at the note's head
 * @param inDepth whether the report was checked in depth (else a quick check)
 * @param depthReason readable: above the threshold / drawn in the sample (value, share) / not drawn
 * @param lines the figures line by line
 * @param recognisedEligibleCosts the eligible costs the office recognises
 * @param actualIncome the income as reported
 * @param granted the grant as approved
 * @param recomputedGrant the grant the recognised figures carry
 * @param paid paid out so far
 * @param balance recomputed − paid: positive = still to pay, negative = to reclaim
 * @param note the check note's text
 * @param checkedBy who checked
 * @param confirmedBy the second pair of eyes; null when there was none
 */
public record CheckNote(
        LetterHead head,
        boolean inDepth,
        String depthReason,
        List<LineFinding> lines,
        BigDecimal recognisedEligibleCosts,
        BigDecimal actualIncome,
        BigDecimal granted,
        BigDecimal recomputedGrant,
        BigDecimal paid,
        BigDecimal balance,
        String note,
        String checkedBy,
        String confirmedBy) {}
