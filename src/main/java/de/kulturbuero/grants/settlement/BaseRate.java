package de.kulturbuero.grants.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A base interest rate (Basiszinssatz) in percent per year, in force from {@code validFrom}
 * (1 January or 1 July) for that half-year. It may be negative (−0.88 from 2016 to 2022).
 */
public record BaseRate(LocalDate validFrom, BigDecimal rate) {}
