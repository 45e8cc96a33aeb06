package de.kulturbuero.grants.grantapplication;

/** How a group travels between the home city and the partner city (the flight rule of the funding programme). */
public enum TravelMode {
    NO_TRAVEL,
    TRAIN,
    BUS,
    CAR,
    FLIGHT,
    OTHER;

    public String messageKey() {
        return "grantapplication.travel.mode." + name();
    }
}
