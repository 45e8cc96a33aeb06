package de.kulturbuero.grants.payment.files;

import java.math.BigDecimal;

public record PaymentFileLine(
        String endToEndId,
        String payeeName,
        String iban,
        String bic,
        BigDecimal amount,
        String purpose,
        String product,
        String account,
        String costCentre) {}
