package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeTerms;
import de.kulturbuero.grants.shared.text.SingleLineText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every rule an application must meet at submission (completeness, dates and lead time, travel,
 * declarations, and the {@link FinancingRules}), plus the format checks that are all a draft
 * gets. Pure functions: the service supplies the programme's terms, the partner city and today.
 */
public final class SubmissionRules {

    static final int SHORT_TEXT = 200;
    static final int LONG_TEXT = 20_000;
    static final int MAX_PARTICIPANTS = 100_000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private SubmissionRules() {}

    /** Format checks only (lengths, amounts with at most two decimals, no negatives): what a draft must meet. */
    public static List<Problem> formatProblems(ApplicationDraft d) {
        List<Problem> p = new ArrayList<>();
        length(p, "title", d.getTitle(), SHORT_TEXT);
        length(p, "summary", d.getSummary(), 4000);
        length(p, "description", d.getDescription(), LONG_TEXT);
        length(p, "partnerOrganisation", d.getPartnerOrganisation(), SHORT_TEXT);
        length(p, "partnerContact", d.getPartnerContact(), SHORT_TEXT);
        length(p, "partnerCountry", d.getPartnerCountry(), 100);
        length(p, "partnerRole", d.getPartnerRole(), LONG_TEXT);
        length(p, "place", d.getPlace(), SHORT_TEXT);
        length(p, "earlyStartReason", d.getEarlyStartReason(), LONG_TEXT);
        singleLine(p, "title", d.getTitle());
        singleLine(p, "partnerOrganisation", d.getPartnerOrganisation());
        singleLine(p, "partnerContact", d.getPartnerContact());
        singleLine(p, "partnerCountry", d.getPartnerCountry());
        singleLine(p, "place", d.getPlace());
        participants(p, "participantsLocal", d.getParticipantsLocal());
        participants(p, "participantsPartner", d.getParticipantsPartner());
        for (int i = 0; i < d.getCostLines().size(); i++) {
            ApplicationDraft.CostLine line = d.getCostLines().get(i);
            length(p, "costLines[" + i + "].description", line.getDescription(), SHORT_TEXT);
            singleLine(p, "costLines[" + i + "].description", line.getDescription());
            amount(p, "costLines[" + i + "].amount", line.getAmount());
        }
        for (int i = 0; i < d.getIncomeLines().size(); i++) {
            ApplicationDraft.IncomeLine line = d.getIncomeLines().get(i);
            length(p, "incomeLines[" + i + "].description", line.getDescription(), SHORT_TEXT);
            singleLine(p, "incomeLines[" + i + "].description", line.getDescription());
            amount(p, "incomeLines[" + i + "].amount", line.getAmount());
        }
        amount(p, FinancingRules.GRANT, d.getRequestedGrant());
        return p;
    }

    /**
     * All rules for a submission. {@code city} is the chosen partner city (empty when none or
     * unknown); {@code today} is the submission day in the office's time zone.
     */
    public static List<Problem> check(
            ApplicationDraft d, ProgrammeTerms terms, Optional<PartnerCitySummary> city, LocalDate today) {
        List<Problem> p = new ArrayList<>(formatProblems(d));
        required(p, "title", d.getTitle(), "grantapplication.validation.title-required");
        required(p, "summary", d.getSummary(), "grantapplication.validation.summary-required");
        required(p, "description", d.getDescription(), "grantapplication.validation.description-required");
        if (d.getCategory() == null) {
            p.add(new Problem("category", "grantapplication.validation.category-required"));
        }
        if (d.getPartnerCityId() == null) {
            p.add(new Problem("partnerCityId", "grantapplication.validation.partner-city-required"));
        } else if (city.isEmpty()) {
            p.add(new Problem("partnerCityId", "grantapplication.validation.partner-city-unknown"));
        }
        required(
                p,
                "partnerOrganisation",
                d.getPartnerOrganisation(),
                "grantapplication.validation.partner-organisation-required");
        required(p, "partnerContact", d.getPartnerContact(), "grantapplication.validation.partner-contact-required");
        required(p, "partnerCountry", d.getPartnerCountry(), "grantapplication.validation.partner-country-required");
        required(p, "partnerRole", d.getPartnerRole(), "grantapplication.validation.partner-role-required");
        required(p, "place", d.getPlace(), "grantapplication.validation.place-required");
        dates(p, d, terms, today);
        if (d.getParticipantsLocal() == null) {
            p.add(new Problem("participantsLocal", "grantapplication.validation.participants-required"));
        }
        if (d.getParticipantsPartner() == null) {
            p.add(new Problem("participantsPartner", "grantapplication.validation.participants-required"));
        } else if (d.getParticipantsPartner() == 0 && d.getParticipantsLocal() != null) {
            // a partnership project brings people from the partner city together with people from here
            p.add(new Problem("participantsPartner", "grantapplication.validation.participants-partner-none"));
        }
        p.addAll(FinancingRules.check(d.getCostLines(), d.getIncomeLines(), d.getRequestedGrant(), terms));
        travel(p, "Local", d.getTravelModeLocal(), d.isCo2CompensatedLocal(), city);
        travel(p, "Partner", d.getTravelModePartner(), d.isCo2CompensatedPartner(), city);
        if (!d.isDeclaredTruthful()) {
            p.add(new Problem("declaredTruthful", "grantapplication.validation.truthful-required"));
        }
        if (!d.isDeclaredPrivacy()) {
            p.add(new Problem("declaredPrivacy", "grantapplication.validation.privacy-required"));
        }
        if (!d.isDeclaredNotStarted() && !d.isEarlyStartRequested()) {
            p.add(new Problem("declaredNotStarted", "grantapplication.validation.not-started-required"));
        }
        if (d.isEarlyStartRequested() && FinancingRules.isBlank(d.getEarlyStartReason())) {
            p.add(new Problem("earlyStartReason", "grantapplication.validation.early-start-reason-required"));
        }
        return p;
    }

    /** The earliest start date without an early-start request: today plus the programme's lead time. */
    public static LocalDate earliestStart(ProgrammeTerms terms, LocalDate today) {
        return today.plusWeeks(terms.minLeadWeeks());
    }

    static void dates(List<Problem> p, ApplicationDraft d, ProgrammeTerms terms, LocalDate today) {
        if (d.getStartDate() == null) {
            p.add(new Problem("startDate", "grantapplication.validation.start-required"));
        } else if (d.getStartDate().isBefore(today)) {
            p.add(new Problem("startDate", "grantapplication.validation.start-past"));
        } else if (!d.isEarlyStartRequested() && d.getStartDate().isBefore(earliestStart(terms, today))) {
            p.add(new Problem(
                    "startDate",
                    "grantapplication.validation.lead-time",
                    terms.minLeadWeeks(),
                    earliestStart(terms, today)));
        }
        if (d.getEndDate() == null) {
            p.add(new Problem("endDate", "grantapplication.validation.end-required"));
        } else if (d.getStartDate() != null && d.getEndDate().isBefore(d.getStartDate())) {
            p.add(new Problem("endDate", "grantapplication.validation.end-before-start"));
        }
    }

    /** Flights need CO₂ compensation and are refused where the partner city is reachable by ground within 8 hours. */
    static void travel(
            List<Problem> p, String group, TravelMode mode, boolean co2Compensated, Optional<PartnerCitySummary> city) {
        if (mode == null) {
            p.add(new Problem("travelMode" + group, "grantapplication.validation.travel-mode-required"));
            return;
        }
        if (mode != TravelMode.FLIGHT) {
            return;
        }
        if (city.isPresent() && city.get().reachableByGround()) {
            p.add(new Problem(
                    "travelMode" + group,
                    "grantapplication.validation.flight-refused",
                    city.get().name()));
        } else if (!co2Compensated) {
            p.add(new Problem("co2Compensated" + group, "grantapplication.validation.co2-required"));
        }
    }

    private static void required(List<Problem> p, String field, String value, String messageKey) {
        if (FinancingRules.isBlank(value)) {
            p.add(new Problem(field, messageKey));
        }
    }

    private static void length(List<Problem> p, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.add(new Problem(field, "grantapplication.validation.too-long", max));
        }
    }

    /** A one-line entry (shown in lists, mails, exports): no line breaks, controls or direction overrides. */
    private static void singleLine(List<Problem> p, String field, String value) {
        SingleLineText.problem(value).ifPresent(key -> p.add(new Problem(field, key)));
    }

    private static void participants(List<Problem> p, String field, Integer value) {
        if (value != null && (value < 0 || value > MAX_PARTICIPANTS)) {
            p.add(new Problem(field, "grantapplication.validation.participants-range", MAX_PARTICIPANTS));
        }
    }

    private static void amount(List<Problem> p, String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            p.add(new Problem(field, "grantapplication.validation.amount-negative"));
        } else if (value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
            p.add(new Problem(field, "grantapplication.validation.amount-digits"));
        }
    }
}
