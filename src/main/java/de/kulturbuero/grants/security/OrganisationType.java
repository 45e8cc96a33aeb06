package de.kulturbuero.grants.security;

/** Who applies: the label key is {@code security.organisation-type.<NAME>}. */
public enum OrganisationType {
    ASSOCIATION,
    SCHOOL,
    ARTIST,
    INITIATIVE,
    CITIZEN,
    OTHER;

    public String messageKey() {
        return "security.organisation-type." + name();
    }
}
