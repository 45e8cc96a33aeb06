package de.kulturbuero.grants.grantapplication;

/** How a group travels between the home city and the partner city (domain.md: the flight rule). */
public enum TravelMode {
    NO_TRAVEL, TRAIN, BUS, CAR, FLIGHT, OTHER;

    public String messageKey() {
        return "grantapplication.travel.mode." + name();
    }
}
