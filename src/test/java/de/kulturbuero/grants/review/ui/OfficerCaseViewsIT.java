package de.kulturbuero.grants.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.grantapplication.AttachmentService;
import de.kulturbuero.grants.grantapplication.CompleteDraft;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.ContentReviewSummary;
import de.kulturbuero.grants.review.FormalCheckOutcome;
import de.kulturbuero.grants.review.ReviewActions;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What officers see on a case, without a browser: the whole application beside the task form
 * (project, financing plan with totals, travel, attachments to download, declarations) in the
 * officers' wording; a draft's id shows "not found"; the decision form writes the year as a year.
 */
@IntegrationTest
class OfficerCaseViewsIT extends SpringBrowserlessTest {

    private static final String RITA = "rita@example.org";
    private static final String ROLF = "rolf@example.org";

    @Autowired
    UserDetailsService users;

    @Autowired
    GrantApplicationService applications;

    @Autowired
    AttachmentService attachments;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ReviewActions reviews;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(SignedIn.CLARA)
    void the_clerk_reads_the_whole_application_beside_the_formal_check_in_the_officers_wording() {
        long id = submittedWithAttachment();
        navigate(TaskView.class, openTask(id));
        Component view = (Component) getCurrentView();

        assertThat($(H2.class)
                        .withText(view.getTranslation("grantapplication.officer.content"))
                        .exists())
                .isTrue();
        for (String step : new String[] {"PROJECT", "FINANCING", "TRAVEL", "ATTACHMENTS", "DECLARATIONS"}) {
            assertThat($(H3.class)
                            .withText(view.getTranslation("grantapplication.step." + step))
                            .exists())
                    .as(step)
                    .isTrue();
        }
        assertThat(texts(DescriptionList.Description.class))
                .contains("Rehearsals, a joint concert in Hannover and one in Bristol.");
        NativeTable plan = $(NativeTable.class).single();
        String planText = plan.getElement().getTextRecursively();
        assertThat(planText)
                .contains(
                        "Coach",
                        "Foundation",
                        view.getTranslation("grantapplication.financing.total-costs"),
                        Formats.money(
                                new BigDecimal("3500.00"),
                                view.getUI().orElseThrow().getLocale()),
                        Formats.money(
                                new BigDecimal("2300.00"),
                                view.getUI().orElseThrow().getLocale()));
        assertThat($(Anchor.class).withText("partner-letter.pdf").exists())
                .as("the attachment is offered for download")
                .isTrue();
        assertThat(texts(DescriptionList.Term.class))
                .contains(
                        view.getTranslation("grantapplication.officer.declaration.truthful"),
                        view.getTranslation("grantapplication.officer.declaration.publish"))
                .doesNotContain(view.getTranslation("grantapplication.declaration.truthful-short"));
        assertThat($(H2.class)
                        .withText(view.getTranslation("grantapplication.view.content"))
                        .exists())
                .as("not the applicant's heading")
                .isFalse();

        long file = attachments.list(id).getFirst().id();
        assertThat(attachments.download(id, file).fileName())
                .as("officers download through the access-checked service")
                .isEqualTo("partner-letter.pdf");
    }

    @Test
    @WithUserDetails(SignedIn.CLARA)
    void the_case_view_shows_the_whole_application_too() {
        long id = submittedWithAttachment();
        navigate(CaseView.class, id);
        Component view = (Component) getCurrentView();
        assertThat(view).isInstanceOf(CaseView.class);
        assertThat($(H2.class)
                        .withText(view.getTranslation("grantapplication.officer.content"))
                        .exists())
                .isTrue();
        assertThat($(NativeTable.class).exists()).isTrue();
        assertThat($(Anchor.class).withText("partner-letter.pdf").exists()).isTrue();
    }

    @Test
    @WithUserDetails(SignedIn.CLARA)
    void a_drafts_case_address_shows_not_found_and_never_the_draft() {
        long draft = SignedIn.as(users, SignedIn.ANNA, () -> applications.createDraft(programmeId()));
        // the router's own navigation: browserless' navigate(..) insists on arriving at the named view
        UI.getCurrent().navigate(CaseView.class, draft);
        assertThat(getCurrentView()).as("no case view for a draft").isNotInstanceOf(CaseView.class);
        assertThat(texts(H1.class)).noneMatch(h -> h.contains("null"));
        UI.getCurrent().navigate(CaseView.class, draft + 1_000_000);
        assertThat(getCurrentView())
                .as("an id that does not exist answers alike")
                .isNotInstanceOf(CaseView.class);
    }

    @Test
    @WithUserDetails(ROLF)
    void the_decision_form_writes_the_budget_year_without_a_thousands_separator() {
        long id = submittedWithAttachment();
        SignedIn.run(
                users,
                SignedIn.CLARA,
                () -> reviews.completeFormalCheck(openTask(id), FormalCheckOutcome.COMPLETE, null, null, false));
        SignedIn.run(users, RITA, () -> {
            String review = openTask(id);
            Map<String, Integer> scores =
                    reviews.task(review).criterionCodes().stream().collect(Collectors.toMap(c -> c, c -> 4));
            reviews.completeContentReview(
                    review, scores, ContentReviewSummary.APPROVE, new BigDecimal("2000.00"), null);
        });
        navigate(TaskView.class, openTask(id));
        int year = LocalDate.now(Formats.ZONE).getYear();
        String budget = $(Paragraph.class).withClassName("budget").single().getText();
        assertThat(budget).startsWith("Budget " + year + ":").doesNotContain(String.format(Locale.GERMAN, "%,d", year));
    }

    @Test
    @WithUserDetails(ROLF)
    @SuppressWarnings("unchecked")
    void a_reviewer_sees_the_limit_and_refers_the_case_to_the_head_from_the_decision_form() {
        long id = submittedWithAttachment();
        SignedIn.run(
                users,
                SignedIn.CLARA,
                () -> reviews.completeFormalCheck(openTask(id), FormalCheckOutcome.COMPLETE, null, null, false));
        SignedIn.run(users, RITA, () -> {
            String review = openTask(id);
            Map<String, Integer> scores =
                    reviews.task(review).criterionCodes().stream().collect(Collectors.toMap(c -> c, c -> 4));
            reviews.completeContentReview(
                    review, scores, ContentReviewSummary.APPROVE, new BigDecimal("2000.00"), null);
        });
        navigate(TaskView.class, openTask(id));
        Component view = (Component) getCurrentView();
        Locale locale = view.getUI().orElseThrow().getLocale();

        RadioButtonGroup<TaskView.Decision> outcome = $(RadioButtonGroup.class).id("decision-outcome");
        assertThat(outcome.getListDataView().getItems())
                .containsExactly(TaskView.Decision.APPROVE, TaskView.Decision.REJECT, TaskView.Decision.REFER);
        assertThat($(MoneyField.class).single().getHelperText())
                .contains(Formats.money(new BigDecimal("5000.00"), locale));

        test(outcome).selectItem(view.getTranslation("review.decision.refer"));
        TextArea referral = $(TextArea.class).id("referral-reason");
        assertThat(referral.isVisible()).isTrue();
        test(referral).setValue("The partner school doubled the exchange.");
        test($(Button.class).id("complete-step")).click();

        assertThat(jdbc.sql("SELECT step FROM inbox_task WHERE application_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Task_DecisionHead");
    }

    /** Anna submits a complete application with a PDF attached; returns its id. */
    private long submittedWithAttachment() {
        return SignedIn.as(users, SignedIn.ANNA, () -> {
            long id = applications.createDraft(programmeId());
            applications.saveDraft(id, CompleteDraft.of(programmes, "Brass bands " + UUID.randomUUID()));
            attachments.add(id, "partner-letter.pdf", pdf());
            applications.submit(id, Locale.GERMAN);
            return id;
        });
    }

    private long programmeId() {
        return jdbc.sql("SELECT id FROM funding_programme WHERE reference_prefix = 'IK'")
                .query(Long.class)
                .single();
    }

    private String openTask(long applicationId) {
        return jdbc.sql("SELECT task_id FROM inbox_task WHERE application_id = ?")
                .param(applicationId)
                .query(String.class)
                .single();
    }

    private java.util.List<String> texts(Class<? extends Component> type) {
        return $(type).all().stream()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.openpdf.text.Document doc = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new org.openpdf.text.Paragraph("Letter of intent"));
        doc.close();
        return out.toByteArray();
    }
}
