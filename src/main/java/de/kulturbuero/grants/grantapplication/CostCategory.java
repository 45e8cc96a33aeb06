package de.kulturbuero.grants.grantapplication;

/** Categories of cost lines in the financing plan. */
public enum CostCategory {
    FEES,
    TRAVEL,
    ACCOMMODATION,
    VENUE_TECHNOLOGY,
    MATERIAL,
    PUBLICITY_DOCUMENTATION,
    OTHER;

    public String messageKey() {
        return "grantapplication.cost." + name();
    }
}
