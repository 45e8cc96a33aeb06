package de.kulturbuero.grants.security;

/** The user administration refused a change; carries a resource-bundle key for the message. */
public class UserAdministrationRefused extends RuntimeException {

    private final String messageKey;

    public UserAdministrationRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
