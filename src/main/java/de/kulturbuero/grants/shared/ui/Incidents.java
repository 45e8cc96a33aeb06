package de.kulturbuero.grants.shared.ui;

import java.security.SecureRandom;

/** Short incident numbers: the user quotes one, the log entry with the exception carries the same. */
final class Incidents {

    // no 0/O and 1/I/L, so a number read out on the phone is not misheard
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {}

    static String newNumber() {
        char[] number = new char[8];
        for (int i = 0; i < number.length; i++) {
            number[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(number, 0, 4) + "-" + new String(number, 4, 4);
    }
}
