package de.kulturbuero.grants.grantapplication;

/** Kinds of income lines in the financing plan; third-party funds carry a {@link FundingStatus}. */
public enum IncomeKind {
    OWN_FUNDS,
    PARTICIPANT_FEES,
    OTHER_PUBLIC_FUNDS,
    THIRD_PARTY_FUNDS;

    /** Funds of others (public or private) must say whether they are applied for or approved. */
    public boolean needsStatus() {
        return this == OTHER_PUBLIC_FUNDS || this == THIRD_PARTY_FUNDS;
    }

    public String messageKey() {
        return "grantapplication.income." + name();
    }
}
