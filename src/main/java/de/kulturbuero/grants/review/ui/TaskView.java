package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.grantapplication.ui.ApplicationDetails;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.ReviewService;
import de.kulturbuero.grants.review.ReviewStep;
import de.kulturbuero.grants.review.TaskDetails;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import jakarta.annotation.security.RolesAllowed;

/** One task: the application's data and history beside the form of the current step. */
@Route("inbox/task")
@RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.HEAD, Roles.FINANCE})
public class TaskView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private static final String FORMAL_CHECK = "Task_FormalCheck";
    private static final String DECISION = "Task_Decision";

    private final transient ReviewService reviews;
    private final transient ProgrammeService programmes;
    private String pageTitle = "";

    public TaskView(ReviewService reviews, ProgrammeService programmes) {
        this.reviews = reviews;
        this.programmes = programmes;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        TaskDetails task;
        try {
            task = reviews.task(taskId);
        } catch (ReviewRefused gone) {
            event.rerouteToError(NotFoundException.class, getTranslation(gone.messageKey()));
            return;
        }
        removeAll();
        pageTitle = getTranslation("review.step." + task.step()) + " " + task.application().referenceNumber()
                + " – " + getTranslation("app.title");
        add(new RouterLink(getTranslation("review.task.back"), InboxView.class));
        add(new H1(getTranslation("review.task.title", getTranslation("review.step." + task.step()),
                task.application().referenceNumber())));

        Section data = new Section(new H2(getTranslation("review.task.application")),
                new ApplicationDetails(task.application(), programmes.programme(task.application().programmeId()).orElse(null),
                        task.partnerCity()));
        data.addClassName("task-data");
        Section form = new Section(new H2(getTranslation("review.task.your-step")), stepForm(task));
        form.addClassName("task-form");
        Div columns = new Div(form, data);
        columns.addClassName("task-columns");
        add(columns, history(task.application().id()));
    }

    private Component stepForm(TaskDetails task) {
        if (!task.mayAct()) {
            return new Paragraph(getTranslation("review.task.read-only"));
        }
        if (task.assignee() != null && !task.mine()) {
            return new Paragraph(getTranslation("review.error.already-claimed"));
        }
        return switch (task.step()) {
            case FORMAL_CHECK -> formalCheckForm(task);
            case DECISION -> decisionForm(task);
            default -> new Paragraph(getTranslation("review.task.read-only"));
        };
    }

    private Component formalCheckForm(TaskDetails task) {
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("review.formal.outcome"));
        outcome.setItems(Boolean.TRUE, Boolean.FALSE);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "review.formal.complete" : "review.formal.incomplete"));
        outcome.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("review.formal.note"));
        note.setHelperText(getTranslation("review.formal.note-help"));
        note.setMaxLength(4000);
        note.setWidthFull();
        Button done = new Button(getTranslation("review.task.complete"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("review.error.outcome-required"));
                outcome.setInvalid(true);
                return;
            }
            act(() -> reviews.completeFormalCheck(task.taskId(), outcome.getValue(), note.getValue()), note);
        });
        return new Div(outcome, note, done);
    }

    private Component decisionForm(TaskDetails task) {
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("review.decision.outcome"));
        outcome.setItems(Boolean.TRUE, Boolean.FALSE);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "review.decision.approve" : "review.decision.reject"));
        outcome.setRequiredIndicatorVisible(true);
        BigDecimalField amount = new BigDecimalField(getTranslation("review.decision.amount"));
        amount.setValue(task.application().requestedAmount());
        amount.setHelperText(getTranslation("review.decision.amount-help",
                Formats.money(task.application().requestedAmount(), getLocale())));
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        TextArea reason = new TextArea(getTranslation("review.decision.reason"));
        reason.setHelperText(getTranslation("review.decision.reason-help"));
        reason.setMaxLength(4000);
        reason.setWidthFull();
        outcome.addValueChangeListener(e -> amount.setVisible(!Boolean.FALSE.equals(e.getValue())));
        Button done = new Button(getTranslation("review.task.complete"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("review.error.outcome-required"));
                outcome.setInvalid(true);
                return;
            }
            act(() -> reviews.decide(task.taskId(), outcome.getValue(), amount.getValue(), reason.getValue()),
                    outcome.getValue() ? amount : reason);
        });
        return new Div(outcome, amount, reason, done);
    }

    private void act(Runnable action, com.vaadin.flow.component.HasValidation fieldForErrors) {
        try {
            action.run();
            Notification.show(getTranslation("review.task.done"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ReviewRefused refused) {
            String message = getTranslation(refused.messageKey());
            fieldForErrors.setErrorMessage(message);
            fieldForErrors.setInvalid(true);
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Component history(long applicationId) {
        OrderedList list = new OrderedList();
        for (ReviewStep step : reviews.history(applicationId)) {
            String when = Formats.dateTime(step.startedAt(), getLocale());
            String text = getTranslation(step.messageKey()) + " – " + when
                    + (step.endedAt() != null && step.actorName() != null ? " – " + step.actorName() : "");
            list.add(new ListItem(text));
        }
        Section section = new Section(new H2(getTranslation("review.task.history")), list);
        section.addClassName("task-history");
        return section;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
