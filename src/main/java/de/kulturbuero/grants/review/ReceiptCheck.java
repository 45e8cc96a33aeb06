package de.kulturbuero.grants.review;

import java.math.BigDecimal;

/** One receipt as the check recognised it, and why less than claimed. */
public record ReceiptCheck(
        int receiptPosition, Integer linePosition, BigDecimal claimed, BigDecimal recognised, String reason) {}
