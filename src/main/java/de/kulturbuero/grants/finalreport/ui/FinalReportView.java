package de.kulturbuero.grants.finalreport.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kulturbuero.grants.finalreport.FinalReport;
import de.kulturbuero.grants.finalreport.FinalReportRefused;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.ReportExtensions;
import de.kulturbuero.grants.finalreport.ReportProblem;
import de.kulturbuero.grants.grantapplication.ApplicantCaseService;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.NoticeFile;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.NotFound;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The recipient's final report (Verwendungsnachweis) of an approved application: the narrative
 * report, the figures against the plan, the receipts with a live check per line, the
 * declarations and the submission, then the receipt to download. Every change is saved at once.
 * An id that does not exist, is another applicant's or has no award yet shows "not found".
 */
@Route(FinalReportView.ROUTE)
@RolesAllowed(Roles.APPLICANT)
public class FinalReportView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The address before the application's id; the payment page links here by this text. */
    public static final String ROUTE = "applications/report";

    /** The kinds of the office's letters after the report's check, as stored with the case's notices. */
    private static final java.util.Set<String> LETTERS = java.util.Set.of("CHECK_NOTE", "HEARING", "RECLAIM_NOTICE");

    private final transient FinalReports reports;
    private final transient ReportExtensions extensions;
    private final transient ApplicantCaseService cases;
    private final transient ProgrammeService programmes;
    private final transient Clock clock;
    private final ErrorSummary errors = new ErrorSummary();
    private final Span saveStatus = new Span();
    private long applicationId;
    private ReportForm form;
    private FiguresSection figures;
    private ReceiptsSection receipts;
    private Button submit;
    private Div progress;
    private Instant lastSaved;
    private int refusedEntries;
    private boolean stale;
    private String pageTitle = "";

    FinalReportView(
            FinalReports reports,
            ReportExtensions extensions,
            ProgrammeService programmes,
            ApplicantCaseService cases,
            Clock clock) {
        this.reports = reports;
        this.extensions = extensions;
        this.cases = cases;
        this.programmes = programmes;
        this.clock = clock;
        addClassNames("page", "final-report-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        FinalReport report;
        try {
            report = reports.open(id);
        } catch (AccessDeniedException | FinalReportRefused e) {
            // another applicant's, unknown, or not approved (yet): the same answer
            NotFound.show(event);
            return;
        }
        applicationId = id;
        render(report);
    }

    private void render(FinalReport report) {
        removeAll();
        ApplicationSummary application = report.application();
        pageTitle = getTranslation("finalreport.page.title") + " – " + application.referenceNumber() + " – "
                + getTranslation("app.title");
        add(new Anchor("applications/payments/" + application.id(), getTranslation("finalreport.page.back")));
        add(new H1(getTranslation("finalreport.page.title")));
        add(new Paragraph(
                getTranslation("finalreport.page.subtitle", application.referenceNumber(), application.title())));
        if (report.dueDate() != null) {
            Paragraph due =
                    new Paragraph(getTranslation("finalreport.page.due", Formats.date(report.dueDate(), getLocale())));
            due.setId("report-due");
            add(due);
        }
        if (report.isSubmitted()) {
            renderSubmitted(report);
            // nothing left to ask for: the earlier requests only, read-only
            if (!extensions.overview(application.id()).requests().isEmpty()) {
                add(new ExtensionSection(extensions, application.id()));
            }
            return;
        }
        if (report.isReopened()) {
            Div corrections = new Div(
                    new H2(getTranslation("finalreport.corrections.title")),
                    new Paragraph(getTranslation(
                            "finalreport.corrections.intro",
                            Formats.date(report.office().correctionDue(), getLocale()))),
                    new Paragraph(report.office().correctionRequest()));
            corrections.setId("report-corrections");
            corrections.addClassName("report-corrections");
            add(corrections);
        }
        add(new Paragraph(getTranslation("finalreport.page.intro")));
        saveStatus.setId("report-save-status");
        saveStatus.addClassName("wizard-save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.setText("");
        lastSaved = null;
        refusedEntries = 0;
        stale = false;
        add(saveStatus, errors);

        form = new ReportForm(report.content(), this::autosave, this::showSaveStatus);
        add(new NarrativeSection(form, programmes.activePartnerCities()));
        receipts = new ReceiptsSection(form);
        figures = new FiguresSection(form, receipts::rebuild);
        add(figures, receipts, declarations(), new ExtensionSection(extensions, application.id()), submitSection());
    }

    private Section declarations() {
        Section section = Sections.of("report-declarations", "finalreport.declarations.title");
        section.add(declaration(
                "declaredEconomical",
                "finalreport.declaration.economical",
                form.draft.isDeclaredEconomical(),
                ReportDraft::setDeclaredEconomical));
        section.add(declaration(
                "declaredReceiptsKept",
                "finalreport.declaration.receipts",
                form.draft.isDeclaredReceiptsKept(),
                ReportDraft::setDeclaredReceiptsKept));
        return section;
    }

    private Checkbox declaration(
            String name, String labelKey, boolean value, SerializableBiConsumer<ReportDraft, Boolean> set) {
        Checkbox box = new Checkbox(getTranslation(labelKey), value);
        box.setId("report-" + name);
        box.addValueChangeListener(e -> {
            set.accept(form.draft, e.getValue());
            autosave();
        });
        form.register(name, box);
        return box;
    }

    private Section submitSection() {
        Section section = Sections.of("report-submit", "finalreport.submit.title");
        section.add(new Paragraph(getTranslation("finalreport.submit.intro")));
        submit = new Button(getTranslation("finalreport.submit.button"), e -> submit());
        submit.setId("report-submit-button");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setDisableOnClick(true);
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        Span label = new Span(getTranslation("finalreport.submit.progress"));
        bar.getElement().setAttribute("aria-label", label.getText());
        progress = new Div(label, bar);
        progress.setId("report-submit-progress");
        progress.getElement().setAttribute("role", "status");
        // shown by the browser at the click, before the server answers (the submission takes a moment)
        progress.getElement().setAttribute("hidden", true);
        submit.getElement()
                .executeJs(
                        "this.addEventListener('click', () => { const p = document.getElementById('report-submit-progress'); if (p) p.hidden = false; })");
        section.add(submit, progress);
        return section;
    }

    private void renderSubmitted(FinalReport report) {
        Paragraph text = new Paragraph(
                getTranslation("finalreport.submitted.text", Formats.dateTime(report.submittedAt(), getLocale())));
        text.setId("report-submitted");
        add(text);
        if (report.hasReceipt()) {
            String fileName = report.application().referenceNumber() + "-Verwendungsnachweis.pdf";
            long id = applicationId;
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(e -> {
                        byte[] pdf = reports.receipt(id).orElseThrow();
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
                    }),
                    AttachmentType.DOWNLOAD,
                    getTranslation("finalreport.submitted.receipt"));
            download.setId("report-receipt-download");
            add(new Paragraph(download));
        }
        if (report.office().hearingDue() != null) {
            add(hearing(report));
        }
        letters();
    }

    /** The office's letters on the report (check note, hearing letter, reclaim notice), to download. */
    private void letters() {
        List<NoticeFile> letters = cases.notices(applicationId).stream()
                .filter(n -> LETTERS.contains(n.kind()))
                .toList();
        if (letters.isEmpty()) {
            return;
        }
        Section section = Sections.of("report-letters", "finalreport.letters.title");
        for (NoticeFile n : letters) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(e -> {
                        byte[] pdf = cases.noticeContent(n.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf), n.fileName(), "application/pdf", pdf.length);
                    }),
                    AttachmentType.DOWNLOAD,
                    getTranslation("grantapplication.notice.kind." + n.kind()));
            link.setId("report-letter-" + n.kind());
            section.add(new Paragraph(link));
        }
        add(section);
    }

    /** The hearing before a reclaim: the recipient may respond until its deadline, once. */
    private Section hearing(FinalReport report) {
        Section section = Sections.of("report-hearing", "finalreport.hearing.title");
        if (!report.hearingOpen()) {
            Paragraph answered = new Paragraph(
                    report.office().hearingResponse() == null
                            ? getTranslation("finalreport.hearing.closed")
                            : getTranslation("finalreport.hearing.answered") + " "
                                    + report.office().hearingResponse());
            answered.setId("report-hearing-response");
            section.add(answered);
            return section;
        }
        section.add(new Paragraph(getTranslation(
                "finalreport.hearing.intro", Formats.date(report.office().hearingDue(), getLocale()))));
        TextArea response = new TextArea(getTranslation("finalreport.hearing.response"));
        response.setId("report-hearing-text");
        response.setMaxLength(FinalReports.MAX_RESPONSE);
        response.setWidthFull();
        Button send = new Button(getTranslation("finalreport.hearing.send"), e -> {
            try {
                reports.respondToHearing(applicationId, response.getValue());
                Notification.show(getTranslation("finalreport.hearing.sent"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (FinalReportRefused refused) {
                response.setErrorMessage(
                        getTranslation(refused.problems().getFirst().messageKey()));
                response.setInvalid(true);
            }
        });
        send.setId("report-hearing-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(response, send);
        return section;
    }

    /** Saves the draft as the form holds it; a refusal is shown at its fields and nothing is lost from the form. */
    private void autosave() {
        figures.refresh();
        receipts.refresh();
        if (stale) {
            return;
        }
        try {
            form.draft.setVersion(reports.save(applicationId, form.draft));
            lastSaved = clock.instant();
            refusedEntries = 0;
        } catch (FinalReportRefused refused) {
            if (refused.isConflict() || refused.isSubmitted()) {
                // nothing more can be saved from this page: say so once, clearly
                stale = true;
                errors.message(ReportForm.message(this, refused.problems().getFirst()));
                submit.setEnabled(false);
            } else {
                refusedEntries = refused.problems().size();
                form.markFields(this, refused.problems());
            }
        }
        showSaveStatus();
    }

    /** "Saved" only when every entry is in the saved draft; otherwise how many entries were not saved. */
    private void showSaveStatus() {
        int toCorrect = form.entriesToCorrect() + refusedEntries;
        if (stale || toCorrect > 0) {
            saveStatus.setText(getTranslation("finalreport.page.not-saved", Math.max(toCorrect, 1)));
        } else if (lastSaved != null) {
            saveStatus.setText(getTranslation("finalreport.page.saved", Formats.dateTime(lastSaved, getLocale())));
        } else {
            saveStatus.setText("");
        }
    }

    private void submit() {
        try {
            FinalReport report = reports.submit(applicationId, getLocale());
            Notification n = Notification.show(
                    getTranslation("finalreport.submit.done"), 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render(report);
        } catch (FinalReportRefused refused) {
            progress.getElement().executeJs("this.hidden = true");
            submit.setEnabled(!refused.isConflict() && !refused.isSubmitted());
            form.markFields(this, refused.problems());
            showSummary(refused.problems());
        }
    }

    /** Every problem once; each takes the user to its field. */
    private void showSummary(List<ReportProblem> problems) {
        errors.showEntries(problems.stream()
                .map(p -> new ErrorSummary.Entry(ReportForm.message(this, p), () -> {
                    if (p.field() != null && form.fields.get(p.field()) instanceof Focusable<?> field) {
                        field.focus();
                    }
                }))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
