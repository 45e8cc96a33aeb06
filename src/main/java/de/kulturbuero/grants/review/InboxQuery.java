package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Filters and sorting of the inbox. Every field may be null (no filter). {@code text} matches the
 * beginning of the reference number or any part of the title.
 */
public record InboxQuery(Tab tab, Long programmeId, Long partnerCityId, String step, BigDecimal minAmount,
                         BigDecimal maxAmount, LocalDate submittedFrom, LocalDate submittedTo, String text,
                         Sort sort, boolean descending) {

    public enum Tab { MINE, GROUPS, OVERDUE, ALL }

    public enum Sort { CREATED, SUBMITTED, REFERENCE, AMOUNT, TITLE }

    public static InboxQuery of(Tab tab) {
        return new InboxQuery(tab, null, null, null, null, null, null, null, null, Sort.CREATED, false);
    }

    public InboxQuery withSort(Sort newSort, boolean newDescending) {
        return new InboxQuery(tab, programmeId, partnerCityId, step, minAmount, maxAmount, submittedFrom, submittedTo,
                text, newSort, newDescending);
    }

    public InboxQuery withTab(Tab newTab) {
        return new InboxQuery(newTab, programmeId, partnerCityId, step, minAmount, maxAmount, submittedFrom, submittedTo,
                text, sort, descending);
    }
}
