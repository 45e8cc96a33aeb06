package de.kulturbuero.grants.review;

/** An officer's action was refused by a rule; {@link #messageKey()} names the translated reason. */
public class ReviewRefused extends RuntimeException {

    private final String messageKey;

    public ReviewRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
