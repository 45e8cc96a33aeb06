package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.AttachmentService;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.SubmissionRejected;
import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.grantapplication.WizardStep;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The multi-step application form of one draft: project, financing plan, travel, declarations,
 * review. Every change is saved at once (a closed tab loses at most the field being typed);
 * submitting checks everything again on the server.
 */
@Route("applications/draft")
@RolesAllowed(Roles.APPLICANT)
public class ApplicationWizardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The steps shown, in order. */
    static final List<WizardStep> STEPS = List.of(
            WizardStep.PROJECT,
            WizardStep.FINANCING,
            WizardStep.TRAVEL,
            WizardStep.ATTACHMENTS,
            WizardStep.DECLARATIONS,
            WizardStep.REVIEW);

    private final transient GrantApplicationService applications;
    private final transient ProgrammeService programmes;
    private final transient Clock clock;
    private final transient AttachmentService attachments;
    private long id;
    private WizardContext ctx;
    private final Nav stepNav = new Nav();
    private final Map<WizardStep, Button> stepButtons = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, Component> stepViews = new EnumMap<>(WizardStep.class);
    private final Div reviewHolder = new Div();
    private final Div content = new Div();
    private final Paragraph progress = new Paragraph();
    private final Span saveStatus = new Span();
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button submit = new Button();
    private FinancingStep financingStep;
    private TravelStep travelStep;
    private WizardStep current = WizardStep.PROJECT;
    private String pageTitle = "";
    private Instant lastSaved;

    public ApplicationWizardView(
            GrantApplicationService applications,
            AttachmentService attachments,
            ProgrammeService programmes,
            Clock clock) {
        this.applications = applications;
        this.attachments = attachments;
        this.programmes = programmes;
        this.clock = clock;
        addClassName("page");
        addClassName("wizard");
    }

    @Override
    public void setParameter(BeforeEvent event, Long draftId) {
        ApplicationSummary summary;
        try {
            summary = applications.get(draftId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("shared.not-found"));
            return;
        }
        if (summary.status() != ApplicationStatus.DRAFT) {
            event.forwardTo(ApplicationView.class, draftId);
            return;
        }
        this.id = draftId;
        ProgrammeSummary programme = programmes.programme(summary.programmeId()).orElseThrow();
        ApplicationDraft draft = applications.draft(draftId);
        ctx = new WizardContext(
                draft,
                programme,
                applications.terms(programme.id()),
                programmes.activePartnerCities(),
                LocalDate.now(clock),
                this::autosave,
                this::showSaveStatus);
        pageTitle = getTranslation("grantapplication.wizard.title", programme.name(getLocale())) + " – "
                + getTranslation("app.title");
        build();
    }

    private void build() {
        removeAll();
        add(new RouterLink(getTranslation("grantapplication.view.back"), MyApplicationsView.class));
        add(new H1(getTranslation("grantapplication.wizard.title", ctx.programme.name(getLocale()))));
        Paragraph intro = new Paragraph(getTranslation("grantapplication.wizard.intro"));
        add(intro);

        // a list of step buttons in a labelled navigation landmark (the current one marked aria-current)
        stepNav.getElement().setAttribute("aria-label", getTranslation("grantapplication.wizard.steps"));
        stepNav.addClassName("wizard-steps");
        OrderedList stepList = new OrderedList();
        for (WizardStep step : STEPS) {
            Button button = new Button(getTranslation(step.messageKey()), e -> {
                show(step);
                focusProgress();
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            stepButtons.put(step, button);
            stepList.add(new ListItem(button));
        }
        stepNav.add(stepList);
        progress.addClassName("wizard-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        progress.getElement().setAttribute("tabindex", "-1");
        saveStatus.addClassName("wizard-save-status");
        saveStatus.getElement().setAttribute("role", "status");
        HorizontalLayout status = new HorizontalLayout(progress, saveStatus);
        status.addClassName("wizard-status");
        add(stepNav, status);

        add(errorSummary);

        ProjectStep project = new ProjectStep(ctx);
        financingStep = new FinancingStep(ctx);
        travelStep = new TravelStep(ctx);
        DeclarationsStep declarations = new DeclarationsStep(ctx);
        stepViews.put(WizardStep.ATTACHMENTS, new AttachmentsStep(attachments, id, true));
        stepViews.put(WizardStep.PROJECT, project);
        stepViews.put(WizardStep.FINANCING, financingStep);
        stepViews.put(WizardStep.TRAVEL, travelStep);
        stepViews.put(WizardStep.DECLARATIONS, declarations);
        stepViews.put(WizardStep.REVIEW, reviewHolder);
        content.addClassName("wizard-step");
        stepViews.values().forEach(content::add);
        add(content);
        ctx.binder.readBean(ctx.draft);
        ctx.binder.addValueChangeListener(e -> ctx.changed());
        financingStep.refresh();
        travelStep.refresh();

        back.setText(getTranslation("grantapplication.wizard.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> move(-1));
        next.setText(getTranslation("grantapplication.wizard.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> move(1));
        submit.setText(getTranslation("grantapplication.new.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        HorizontalLayout buttons = new HorizontalLayout(back, next, submit);
        buttons.addClassName("wizard-buttons");
        add(buttons);
        show(WizardStep.PROJECT);
    }

    private void move(int delta) {
        int index = STEPS.indexOf(current) + delta;
        if (index >= 0 && index < STEPS.size()) {
            show(STEPS.get(index));
            focusProgress();
        }
    }

    private void show(WizardStep step) {
        current = step;
        stepButtons.forEach((s, button) -> {
            button.getElement().setAttribute("aria-current", s == step ? "step" : "false");
            button.setClassName("current-step", s == step);
        });
        stepViews.forEach((s, view) -> view.setVisible(s == step));
        int index = STEPS.indexOf(step);
        progress.setText(getTranslation(
                "grantapplication.wizard.progress", index + 1, STEPS.size(), getTranslation(step.messageKey())));
        back.setEnabled(index > 0);
        next.setVisible(index < STEPS.size() - 1);
        submit.setVisible(step == WizardStep.REVIEW);
        if (step == WizardStep.TRAVEL) {
            travelStep.refresh();
        }
        if (step == WizardStep.REVIEW) {
            errorSummary.clear();
            List<Problem> problems = applications.problems(id);
            reviewHolder.removeAll();
            reviewHolder.add(new ReviewStep(
                    ctx, problems, STEPS, this::goTo, new Div(new AttachmentsStep(attachments, id, false))));
            markFields(problems);
        }
    }

    /** Keyboard and screen-reader users continue at the top of the new step ("Step 2 of 5: …"). */
    private void focusProgress() {
        progress.getElement().executeJs("this.focus()");
    }

    /** Opens a step and puts the focus on the field with the problem. */
    private void goTo(WizardStep step, String field) {
        show(step);
        if (field != null && ctx.fields.get(field) instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void autosave() {
        try {
            applications.saveDraft(id, ctx.draft);
            lastSaved = clock.instant();
            showSaveStatus();
        } catch (SubmissionRejected rejected) {
            if (rejected.problems().stream()
                    .anyMatch(p -> "grantapplication.draft.not-editable".equals(p.messageKey()))) {
                Notification.show(
                        getTranslation("grantapplication.draft.not-editable"), 6000, Notification.Position.TOP_CENTER);
                getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, id));
                return;
            }
            saveStatus.setText(getTranslation("grantapplication.wizard.not-saved"));
            markFields(rejected.problems());
        }
    }

    /** "Saved" only when every field's input is in the saved draft; otherwise how many entries were not saved. */
    private void showSaveStatus() {
        int toCorrect = ctx.entriesToCorrect();
        if (toCorrect > 0) {
            saveStatus.setText(
                    lastSaved == null
                            ? getTranslation("grantapplication.wizard.not-saved-entries", toCorrect)
                            : getTranslation(
                                    "grantapplication.wizard.not-saved-entries-at",
                                    toCorrect,
                                    Formats.dateTime(lastSaved, getLocale())));
        } else if (lastSaved != null) {
            saveStatus.setText(
                    getTranslation("grantapplication.wizard.saved", Formats.dateTime(lastSaved, getLocale())));
        } else {
            saveStatus.setText("");
        }
    }

    private void submit() {
        try {
            ApplicationSummary submitted = applications.submit(id, getLocale());
            Notification n = Notification.show(
                    getTranslation("grantapplication.new.submitted", submitted.referenceNumber()),
                    8000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, submitted.id()));
        } catch (SubmissionRejected rejected) {
            submit.setEnabled(true);
            markFields(rejected.problems());
            showSummary(rejected.problems());
        }
    }

    private void markFields(List<Problem> problems) {
        ctx.fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Problem p : problems) {
            if (p.field() != null) {
                byField.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(WizardContext.message(this, p));
            }
        }
        byField.forEach((field, messages) -> {
            HasValidation f = ctx.fields.get(field);
            if (f != null) {
                f.setErrorMessage(String.join(" ", messages));
                f.setInvalid(true);
            }
        });
        // what could not be taken into the draft keeps saying so
        ctx.showInputErrors();
    }

    /** Every problem once, named with its step; each opens its step and focuses its field. */
    private void showSummary(List<Problem> problems) {
        errorSummary.showEntries(problems.stream()
                .map(p -> {
                    WizardStep step = WizardStep.of(p.field());
                    return new ErrorSummary.Entry(
                            getTranslation(step.messageKey()) + ": " + WizardContext.message(this, p),
                            () -> goTo(step, p.field()));
                })
                .toList());
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
