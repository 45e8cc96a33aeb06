package de.kulturbuero.grants.programme;

/** A twin city with its straight-line distance from the home city (computed, never typed). */
public record PartnerCitySummary(
        long id, String name, String country, int partnerSince, long distanceKm, boolean reachableByGround) {}
