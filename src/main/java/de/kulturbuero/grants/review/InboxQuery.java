package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Filters and sorting of the inbox. Every field may be null (no filter). {@code text} matches the
 * beginning of the reference number or any part of the title.
 */
public record InboxQuery(
        Tab tab,
        Long programmeId,
        Long partnerCityId,
        String step,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        LocalDate submittedFrom,
        LocalDate submittedTo,
        String text,
        Sort sort,
        boolean descending) {

    public enum Tab {
        MINE,
        GROUPS,
        OVERDUE,
        ALL
    }

    public enum Sort {
        CREATED,
        SUBMITTED,
        REFERENCE,
        AMOUNT,
        TITLE
    }

    /** The inbox's route; {@link #location()} builds links to it from other modules (the dashboard). */
    public static final String ROUTE = "inbox";

    public static InboxQuery of(Tab tab) {
        return new InboxQuery(tab, null, null, null, null, null, null, null, null, Sort.CREATED, false);
    }

    /**
     * The overdue tab for the tasks of one programme whose application was submitted in
     * {@code year}. A task has no year of its own (it may have been created and flagged in a later
     * year than the submission), so it belongs to its application's year of submission: the year
     * the dashboard counts applications by. The submission dates are calendar days in the
     * office's time zone, as the inbox's date filter reads them.
     */
    public static InboxQuery overdue(long programmeId, int year) {
        return new InboxQuery(
                Tab.OVERDUE,
                programmeId,
                null,
                null,
                null,
                null,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                null,
                Sort.CREATED,
                false);
    }

    /**
     * The inbox's address opening this query's tab with its programme and submission-date filters
     * (the filters a link carries; the others are not part of the address).
     */
    public String location() {
        String parameters = queryString();
        return parameters.isEmpty() ? ROUTE : ROUTE + "?" + parameters;
    }

    /** The parameters of {@link #location()} without the route: {@code tab=overdue&programme=7&...} (empty without any). */
    public String queryString() {
        List<String> parameters = new ArrayList<>();
        if (tab != null) {
            parameters.add("tab=" + tab.name().toLowerCase(Locale.ROOT));
        }
        if (programmeId != null) {
            parameters.add("programme=" + programmeId);
        }
        if (submittedFrom != null) {
            parameters.add("submittedFrom=" + submittedFrom);
        }
        if (submittedTo != null) {
            parameters.add("submittedTo=" + submittedTo);
        }
        return String.join("&", parameters);
    }

    /**
     * The query an address of {@link #location()} carries; a parameter that is missing or cannot
     * be read is no filter (tab null: the view keeps its default tab).
     */
    public static InboxQuery fromParameters(Map<String, List<String>> parameters) {
        String tabName = first(parameters, "tab");
        Tab tab = null;
        for (Tab t : Tab.values()) {
            if (t.name().equalsIgnoreCase(tabName)) {
                tab = t;
            }
        }
        Long programme = null;
        try {
            programme = first(parameters, "programme") == null ? null : Long.valueOf(first(parameters, "programme"));
        } catch (NumberFormatException ignored) {
            // no filter
        }
        return new InboxQuery(
                tab,
                programme,
                null,
                null,
                null,
                null,
                date(first(parameters, "submittedFrom")),
                date(first(parameters, "submittedTo")),
                null,
                Sort.CREATED,
                false);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /**
     * A calendar day of the years 1 to 9999 (what a date picker offers); anything else, such as
     * {@code +999999999-12-31}, which cannot be turned into a database timestamp, is no filter.
     */
    private static LocalDate date(String value) {
        try {
            LocalDate date = value == null ? null : LocalDate.parse(value);
            return date == null || date.getYear() < 1 || date.getYear() > 9999 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public InboxQuery withSort(Sort newSort, boolean newDescending) {
        return new InboxQuery(
                tab,
                programmeId,
                partnerCityId,
                step,
                minAmount,
                maxAmount,
                submittedFrom,
                submittedTo,
                text,
                newSort,
                newDescending);
    }

    public InboxQuery withTab(Tab newTab) {
        return new InboxQuery(
                newTab,
                programmeId,
                partnerCityId,
                step,
                minAmount,
                maxAmount,
                submittedFrom,
                submittedTo,
                text,
                sort,
                descending);
    }
}
