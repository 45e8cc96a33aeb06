package de.kulturbuero.grants.grantapplication;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static de.kulturbuero.grants.shared.SignedIn.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.programme.Criterion;
import de.kulturbuero.grants.programme.PaymentMode;
import de.kulturbuero.grants.programme.PaymentTerms;
import de.kulturbuero.grants.programme.ProgrammeAdministration;
import de.kulturbuero.grants.programme.ProgrammeDataRejected;
import de.kulturbuero.grants.programme.ProgrammeForm;
import de.kulturbuero.grants.programme.ProgrammeFormCheckTest;
import de.kulturbuero.grants.programme.ProgrammeOverview;
import de.kulturbuero.grants.programme.ProgrammeRules;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeStatus;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.shared.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Programme administration, and the rule versions that keep submitted applications unchanged. */
@IntegrationTest
class ProgrammeRulesIT {

    private final ProgrammeAdministration administration;
    private final ProgrammeService programmes;
    private final GrantApplicationService applications;
    private final ApplicationRules applicationRules;
    private final UserDetailsService users;

    @Autowired
    ProgrammeRulesIT(
            ProgrammeAdministration administration,
            ProgrammeService programmes,
            GrantApplicationService applications,
            ApplicationRules applicationRules,
            UserDetailsService users) {
        this.administration = administration;
        this.programmes = programmes;
        this.applications = applications;
        this.applicationRules = applicationRules;
        this.users = users;
    }

    private long createProgramme(String prefix) {
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix(prefix);
        form.setNameDe("Testprogramm " + prefix);
        form.setNameEn("Test programme " + prefix);
        return SignedIn.as(users, ADAM, () -> administration.save(form));
    }

    private ApplicationSummary submit(long programmeId, BigDecimal amount) {
        NewApplicationForm form = new NewApplicationForm();
        form.setProgrammeId(programmeId);
        form.setTitle("Rules test " + System.nanoTime());
        form.setPartnerCityId(programmes.activePartnerCities().getFirst().id());
        form.setPartnerOrganisation("Partner");
        form.setSummary("A project of the programme rules test.");
        form.setStartDate(LocalDate.now().plusMonths(3));
        form.setEndDate(LocalDate.now().plusMonths(3).plusDays(5));
        form.setRequestedAmount(amount);
        return SignedIn.as(users, ANNA, () -> form.submitThrough(applications));
    }

    @Test
    void submitted_applications_keep_their_rules_when_the_programme_changes_and_new_ones_get_the_new_rules() {
        String prefix = SignedIn.randomPrefix();
        long id = createProgramme(prefix);
        ApplicationSummary before = submit(id, new BigDecimal("3000.00"));
        assertThat(overviewOf(id).rulesVersionNo()).isEqualTo(1);

        ProgrammeForm change = SignedIn.as(users, ADAM, () -> administration.load(id));
        change.setMaxGrant(new BigDecimal("8000.00"));
        change.setDecisionThreshold(new BigDecimal("2500.00"));
        change.getCriteria().removeLast();
        change.getCriteria().getFirst().setWeight(100);
        SignedIn.run(users, ADAM, () -> administration.save(change));
        assertThat(overviewOf(id).rulesVersionNo())
                .as("the list shows the newest rules version")
                .isEqualTo(2);
        ApplicationSummary after = submit(id, new BigDecimal("7000.00"));

        ProgrammeRules oldRules = applicationRules.rulesOf(before.id()).orElseThrow();
        ProgrammeRules newRules = applicationRules.rulesOf(after.id()).orElseThrow();
        assertThat(oldRules.versionNo()).isEqualTo(1);
        assertThat(oldRules.maxGrant()).isEqualByComparingTo("5000");
        assertThat(oldRules.decisionThreshold()).isEqualByComparingTo("5000");
        assertThat(oldRules.criteria()).extracting(Criterion::weight).containsExactly(60, 40);
        assertThat(newRules.versionNo()).isEqualTo(2);
        assertThat(newRules.maxGrant()).isEqualByComparingTo("8000");
        assertThat(newRules.decisionThreshold()).isEqualByComparingTo("2500");
        assertThat(newRules.criteria()).extracting(Criterion::weight).containsExactly(100);
        assertThat(programmes.criteria(id)).extracting(Criterion::nameEn).containsExactly("Quality");
        assertThat(after.referenceNumber()).startsWith(prefix + "-" + Year.now().getValue() + "-");
    }

    @Test
    void saving_without_a_change_of_the_rules_writes_no_new_rules_version() {
        long id = createProgramme(SignedIn.randomPrefix());
        long version = programmes.currentRulesVersion(id);
        ProgrammeForm same = SignedIn.as(users, ADAM, () -> administration.load(id));
        same.setDescriptionEn("Only the description changed");
        same.getBudgets().add(new ProgrammeForm.BudgetLine(2031, new BigDecimal("12345.00")));
        SignedIn.run(users, ADAM, () -> administration.save(same));

        assertThat(programmes.currentRulesVersion(id)).isEqualTo(version);
        assertThat(programmes.budget(id, 2031)).isEqualByComparingTo("12345");
        assertThat(programmes.budget(id, 2032)).as("default annual budget").isEqualByComparingTo("50000");
    }

    @Test
    void changed_payment_terms_show_again_on_reload_and_write_a_new_rules_version() {
        long id = createProgramme(SignedIn.randomPrefix());
        ProgrammeForm loaded = SignedIn.as(users, ADAM, () -> administration.load(id));
        assertThat(loaded.getPaymentMode()).isEqualTo(PaymentMode.ON_REQUEST);
        assertThat(loaded.getHoldbackPercent().toPlainString()).isEqualTo("10");
        assertThat(programmes.rules(programmes.currentRulesVersion(id)).paymentTerms())
                .isEqualTo(PaymentTerms.DEFAULTS);
        long first = programmes.currentRulesVersion(id);

        loaded.setPaymentMode(PaymentMode.ONE_SUM);
        loaded.setHoldbackPercent(new BigDecimal("12.5"));
        loaded.setDrawdownMonths(3);
        loaded.setPaymentModeParagraph(" Nr. 7.1 Förderrichtlinie Städtepartnerschaften ");
        loaded.setHoldbackParagraph("Nr. 7.2 FRL");
        loaded.setDrawdownParagraph("");
        loaded.setBookingProduct("1.04.01");
        loaded.setBookingAccount("53180000");
        loaded.setBookingCostCentre("KST 4711");
        SignedIn.run(users, ADAM, () -> administration.save(loaded));

        ProgrammeForm reloaded = SignedIn.as(users, ADAM, () -> administration.load(id));
        assertThat(reloaded.getPaymentMode()).isEqualTo(PaymentMode.ONE_SUM);
        assertThat(reloaded.getHoldbackPercent().toPlainString()).isEqualTo("12.5");
        assertThat(reloaded.getDrawdownMonths()).isEqualTo(3);
        assertThat(reloaded.getPaymentModeParagraph()).isEqualTo("Nr. 7.1 Förderrichtlinie Städtepartnerschaften");
        assertThat(reloaded.getHoldbackParagraph()).isEqualTo("Nr. 7.2 FRL");
        assertThat(reloaded.getDrawdownParagraph()).isNull();
        assertThat(reloaded.getBookingProduct()).isEqualTo("1.04.01");
        assertThat(reloaded.getBookingAccount()).isEqualTo("53180000");
        assertThat(reloaded.getBookingCostCentre()).isEqualTo("KST 4711");

        long second = programmes.currentRulesVersion(id);
        assertThat(second).as("changed payment terms are a change of the rules").isNotEqualTo(first);
        PaymentTerms terms = programmes.rules(second).paymentTerms();
        assertThat(terms.mode()).isEqualTo(PaymentMode.ONE_SUM);
        assertThat(terms.holdbackShare()).isEqualTo(new BigDecimal("0.1250"));
        assertThat(terms.drawdownMonths()).isEqualTo(3);
        assertThat(terms.bookingCostCentre()).isEqualTo("KST 4711");
        assertThat(programmes.rules(first).paymentTerms())
                .as("the earlier version keeps its terms")
                .isEqualTo(PaymentTerms.DEFAULTS);

        // saved again unchanged (the share comes back from the column as 0.1250): no third version
        SignedIn.run(users, ADAM, () -> administration.save(reloaded));
        assertThat(programmes.currentRulesVersion(id)).isEqualTo(second);

        // a booking field alone is part of the terms too
        reloaded.setBookingAccount("53180001");
        SignedIn.run(users, ADAM, () -> administration.save(reloaded));
        assertThat(programmes.currentRulesVersion(id)).isNotEqualTo(second);
    }

    @Test
    void payment_terms_beyond_their_limits_are_refused_by_the_service() {
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix(SignedIn.randomPrefix());
        form.setHoldbackPercent(new BigDecimal("50.5"));
        form.setDrawdownMonths(13);
        assertThatThrownBy(() -> SignedIn.run(users, ADAM, () -> administration.save(form)))
                .isInstanceOfSatisfying(
                        ProgrammeDataRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ProgrammeDataRejected.Problem::field)
                                .containsExactly("holdbackPercent", "drawdownMonths"));
    }

    @Test
    void a_reference_prefix_used_by_another_programme_is_refused() {
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix("IK");
        assertThatThrownBy(() -> SignedIn.run(users, ADAM, () -> administration.save(form)))
                .isInstanceOfSatisfying(
                        ProgrammeDataRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ProgrammeDataRejected.Problem::messageKey)
                                .containsExactly("programme.validation.prefix-taken"));
    }

    @Test
    void only_an_admin_may_change_programmes() {
        ProgrammeForm form = ProgrammeFormCheckTest.valid();
        form.setReferencePrefix(SignedIn.randomPrefix());
        assertThatThrownBy(() -> SignedIn.run(users, ANNA, () -> administration.save(form)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_closed_programme_is_no_longer_open_and_an_archived_one_is_not_listed_for_applicants() {
        long id = createProgramme(SignedIn.randomPrefix());
        assertThat(ids(programmes.openProgrammes())).contains(id);

        SignedIn.run(users, ADAM, () -> administration.close(id));
        assertThat(ids(programmes.openProgrammes())).doesNotContain(id);
        assertThat(status(id)).isEqualTo(ProgrammeStatus.CLOSED);

        SignedIn.run(users, ADAM, () -> administration.open(id));
        assertThat(ids(programmes.openProgrammes())).contains(id);

        SignedIn.run(users, ADAM, () -> administration.archive(id));
        assertThat(ids(programmes.openProgrammes())).doesNotContain(id);
        assertThat(status(id)).isEqualTo(ProgrammeStatus.ARCHIVED);
    }

    private ProgrammeStatus status(long id) {
        return overviewOf(id).status();
    }

    private ProgrammeOverview overviewOf(long id) {
        return SignedIn.as(users, ADAM, () -> administration.overview()).stream()
                .filter(o -> o.programme().id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> ids(List<ProgrammeSummary> list) {
        return list.stream().map(ProgrammeSummary::id).toList();
    }
}
