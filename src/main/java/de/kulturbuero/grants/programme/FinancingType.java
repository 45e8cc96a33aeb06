package de.kulturbuero.grants.programme;

/** How a programme calculates its grant. */
public enum FinancingType {
    /** Fehlbedarf: the grant covers the gap between eligible costs and income. */
    DEFICIT,
    /** Festbetrag: a fixed amount. */
    FIXED,
    /** Anteil: at most a share of the eligible costs. */
    SHARE
}
