package de.kulturbuero.grants.settlement.letters;

import de.kulturbuero.grants.settlement.CityAccount;
import de.kulturbuero.grants.settlement.ReclaimInterest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The reclaim notice (Rückforderungsbescheid): the grant revoked in part, the amount to repay, its
 * interest period by period (or the reason it is waived), where and by when to pay.
 *
 * @param head the letter's head
 * @param lines the figures as recognised
 * @param granted the grant as approved
 * @param recomputedGrant the grant the recognised figures carry
 * @param paid paid out so far
 * @param reclaim the amount to repay, positive
 * @param interest the interest up to {@code dueDate}; null when waived
 * @param interestWaiverReason why no interest is charged; null unless waived
 * @param interestFrom the day interest runs from
 * @param dueDate pay by; interest is shown up to this day, per day after it
 * @param cityAccount where to pay
 * @param paymentReference what the transfer must name, e.g. the reference number
 * @param legalBasis the programme's paragraph text; may be blank
 * @param hearingResponse the recipient's response in the hearing; may be blank
 */
public record ReclaimNotice(
        LetterHead head,
        List<LineFinding> lines,
        BigDecimal granted,
        BigDecimal recomputedGrant,
        BigDecimal paid,
        BigDecimal reclaim,
        ReclaimInterest.Result interest,
        String interestWaiverReason,
        LocalDate interestFrom,
        LocalDate dueDate,
        CityAccount cityAccount,
        String paymentReference,
        String legalBasis,
        String hearingResponse) {}
