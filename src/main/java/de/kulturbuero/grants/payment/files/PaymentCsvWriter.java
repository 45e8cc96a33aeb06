package de.kulturbuero.grants.payment.files;

public class PaymentCsvWriter {
    public byte[] write(PaymentRunFile run) {
        throw new UnsupportedOperationException("placeholder until the files branch is merged");
    }
}
