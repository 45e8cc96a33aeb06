package de.kulturbuero.grants.grantapplication;

/** An applicant's action in the running review was refused by a rule; {@link #messageKey()} names the translated reason. */
public class ApplicantActionRefused extends RuntimeException {

    private final String messageKey;

    public ApplicantActionRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
