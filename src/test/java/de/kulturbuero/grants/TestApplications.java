package de.kulturbuero.grants;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.NewApplicationForm;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Builds valid application forms on the seeded data and submits them as a given applicant. */
public class TestApplications {

    /** What {@link #form(String)} asks for. */
    public static final BigDecimal REQUESTED = new BigDecimal("4000.00");

    private final ProgrammeService programmes;
    private final GrantApplicationService applications;
    private final TestUsers users;

    TestApplications(ProgrammeService programmes, GrantApplicationService applications, TestUsers users) {
        this.programmes = programmes;
        this.applications = applications;
        this.users = users;
    }

    /** The seeded "International culture projects" programme (reference prefix IK, at most 10,000 €). */
    public ProgrammeSummary internationalCulture() {
        return programmes.allProgrammes().stream()
                .filter(p -> "IK".equals(p.referencePrefix()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Seed data lacks the IK programme"));
    }

    /** A title no other test uses, so a test finds its own rows. */
    public static String uniqueTitle(String what) {
        return what + " " + UUID.randomUUID();
    }

    /** A valid form for the IK programme: a project three months ahead, 4,000 € requested. */
    public NewApplicationForm form(String title) {
        LocalDate start = LocalDate.now().plusMonths(3);
        NewApplicationForm form = new NewApplicationForm();
        form.setProgrammeId(internationalCulture().id());
        form.setTitle(title);
        form.setPartnerCityId(programmes.activePartnerCities().getFirst().id());
        form.setPartnerOrganisation("Partner organisation of the test");
        form.setSummary("A project written by an integration test.");
        form.setStartDate(start);
        form.setEndDate(start.plusDays(10));
        form.setRequestedAmount(REQUESTED);
        return form;
    }

    /** Submits a valid form as {@code applicantEmail}; the caller's sign-in is kept. */
    public ApplicationSummary submitAs(String applicantEmail, String title) {
        return submitAs(applicantEmail, title, REQUESTED);
    }

    /** Like {@link #submitAs(String, String)}, requesting {@code requested} (IK allows up to 10,000 €). */
    public ApplicationSummary submitAs(String applicantEmail, String title, BigDecimal requested) {
        NewApplicationForm form = form(title);
        form.setRequestedAmount(requested);
        return users.as(applicantEmail, () -> form.submitThrough(applications));
    }
}
