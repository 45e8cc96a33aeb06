package de.kulturbuero.grants.programme;

import java.math.BigDecimal;

/** A partner city in the office's list, with its coordinates and computed distance from the home city. */
public record PartnerCityOverview(
        long id,
        String name,
        String country,
        int partnerSince,
        BigDecimal latitude,
        BigDecimal longitude,
        long distanceKm,
        boolean reachableByGround,
        boolean active) {}
