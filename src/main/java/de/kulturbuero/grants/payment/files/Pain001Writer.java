package de.kulturbuero.grants.payment.files;

public class Pain001Writer {
    public byte[] write(PaymentRunFile run) {
        throw new UnsupportedOperationException("placeholder until the files branch is merged");
    }
}
