package de.kulturbuero.grants.settlement.letters;

import java.math.BigDecimal;

/**
 * One line of the figures as the office recognised it.
 *
 * @param lineLabel the plan line as the applicant named it
 * @param planned the planned amount (null for a line the plan did not have)
 * @param claimed actual amount claimed by the recipient
 * @param recognised recognised by the office
 * @param reason why less is recognised; may be blank
 */
public record LineFinding(
        String lineLabel, BigDecimal planned, BigDecimal claimed, BigDecimal recognised, String reason) {}
