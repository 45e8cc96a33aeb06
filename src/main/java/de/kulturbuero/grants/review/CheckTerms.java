package de.kulturbuero.grants.review;

import java.math.BigDecimal;

/** The programme's terms for the check of an application's final report: in-depth threshold, sample share, line tolerance (null: the default). */
public record CheckTerms(BigDecimal threshold, BigDecimal sampleShare, BigDecimal lineTolerance) {}
