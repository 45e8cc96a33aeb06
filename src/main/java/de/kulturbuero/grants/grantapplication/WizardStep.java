package de.kulturbuero.grants.grantapplication;

/**
 * The steps of the application form, in order. {@link #of(String)} tells which step a problem's
 * field belongs to, so the review page can link every missing item back to its step.
 */
public enum WizardStep {
    PROJECT,
    FINANCING,
    TRAVEL,
    ATTACHMENTS,
    DECLARATIONS,
    REVIEW;

    public String messageKey() {
        return "grantapplication.step." + name();
    }

    public static WizardStep of(String field) {
        if (field == null) {
            return REVIEW;
        }
        if (field.startsWith("costLines") || field.startsWith("incomeLines") || field.equals(FinancingRules.GRANT)) {
            return FINANCING;
        }
        if (field.startsWith("travel") || field.startsWith("co2")) {
            return TRAVEL;
        }
        if (field.startsWith("attachments")) {
            return ATTACHMENTS;
        }
        if (field.startsWith("declared") || field.startsWith("earlyStart") || field.startsWith("consent")) {
            return DECLARATIONS;
        }
        if (field.equals("programmeId")) {
            return REVIEW;
        }
        return PROJECT;
    }
}
