package de.kulturbuero.grants.payment.files;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PaymentRunFile(
        String messageId,
        Instant createdAt,
        LocalDate executionDate,
        String debtorName,
        String debtorIban,
        String debtorBic,
        List<PaymentFileLine> lines) {}
