package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.review.BudgetSituation;
import de.kulturbuero.grants.review.ContentReviewSummary;
import de.kulturbuero.grants.review.ContentReviewing;
import de.kulturbuero.grants.review.Deciding;
import de.kulturbuero.grants.review.FormalCheckOutcome;
import de.kulturbuero.grants.review.FormalChecks;
import de.kulturbuero.grants.review.ProcessStep;
import de.kulturbuero.grants.review.ReportCheckPage;
import de.kulturbuero.grants.review.ReviewCriteria;
import de.kulturbuero.grants.review.ReviewCriterion;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.TaskDetails;
import de.kulturbuero.grants.review.TaskPages;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.MoneyField;
import de.kulturbuero.grants.shared.ui.NotFound;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One task: the form of the current step beside the whole case (data, the whole application as
 * submitted, conversation, diagram, history); on a narrow screen the case follows below the form.
 */
@Route("inbox/task")
@RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.HEAD, Roles.FINANCE})
public class TaskView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient TaskPages taskPages;
    private final transient FormalChecks formalChecks;
    private final transient ContentReviewing contentReviewing;
    private final transient Deciding deciding;
    private final transient CaseServices cases;
    private final transient PaymentSteps payments;
    private final transient SettlementSteps settlement;
    private final ErrorSummary errors = new ErrorSummary();
    private String pageTitle = "";

    TaskView(
            TaskPages taskPages,
            FormalChecks formalChecks,
            ContentReviewing contentReviewing,
            Deciding deciding,
            CaseServices cases,
            PaymentSteps payments,
            SettlementSteps settlement) {
        this.taskPages = taskPages;
        this.formalChecks = formalChecks;
        this.contentReviewing = contentReviewing;
        this.deciding = deciding;
        this.cases = cases;
        this.payments = payments;
        this.settlement = settlement;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        TaskDetails task;
        try {
            task = taskPages.task(taskId);
        } catch (ReviewRefused gone) {
            NotFound.reason(event, gone.messageKey());
            return;
        }
        removeAll();
        String step = getTranslation("review.step." + task.step());
        pageTitle = step + " " + task.application().referenceNumber() + " – " + getTranslation("app.title");
        add(new RouterLink(getTranslation("review.task.back"), InboxView.class));
        add(new H1(getTranslation("review.task.title", step, task.application().referenceNumber())));
        Section form = new Section(new H2(getTranslation("review.task.your-step")), errors, stepForm(task));
        form.addClassName("task-form");
        long applicationId = task.application().id();
        CasePanel data = cases.panel(cases.files.caseFile(applicationId));
        data.addClassName("task-data");
        Div columns = new Div(form, data);
        columns.addClassName("task-columns");
        add(columns);
        // the app layout keeps the scroll position of the previous view (e.g. far down the inbox): start at the top
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private Component stepForm(TaskDetails task) {
        if (task.barredReason() != null) {
            return new Paragraph(getTranslation(task.barredReason()));
        }
        if (!task.mayAct()) {
            return new Paragraph(getTranslation("review.task.read-only"));
        }
        if (task.assignee() != null && !task.mine()) {
            return new Paragraph(getTranslation("review.error.already-claimed"));
        }
        return ProcessStep.byId(task.step())
                .<Component>map(step -> switch (step) {
                    case FORMAL_CHECK -> formalCheckForm(task);
                    case CONTENT_REVIEW -> contentReviewForm(task);
                    case DECISION_REVIEWER, DECISION_HEAD -> decisionForm(task);
                    case CHECK_PAYMENT ->
                        new PaymentCheckForm(payments.awards.task(task.taskId()), payments.checks, errors);
                    case ORDER_PAYMENT ->
                        new PaymentOrderForm(payments.awards.task(task.taskId()), payments.orders, errors);
                    case CONFIRM_BANK_DETAILS ->
                        new BankDetailsChangeForm(payments.awards.task(task.taskId()), payments.bankDetails, errors);
                    case FOLLOW_UP_REPORT -> new ReportFollowUpForm(task.taskId(), payments.reportFollowUps, errors);
                    case DECIDE_EXTENSION -> new ExtensionDecisionForm(task.taskId(), payments.extensions, errors);
                    case QUICK_CHECK ->
                        new QuickCheckForm(settlement.checks.page(task.taskId()), settlement.checks, errors);
                    case CHECK_REPORT ->
                        new ReportCheckForm(settlement.checks.page(task.taskId()), settlement.checks, errors);
                    case CONFIRM_RECLAIM ->
                        settlementForm(task, page -> new ConfirmReclaimForm(page, settlement.reclaims, errors));
                    case DECIDE_RECLAIM ->
                        new DecideReclaimForm(settlement.checks.page(task.taskId()), settlement.reclaims, errors);
                    case CONFIRM_REPAYMENT ->
                        new ConfirmRepaymentForm(settlement.checks.page(task.taskId()), settlement.reclaims, errors);
                    default -> new Paragraph(getTranslation("review.task.read-only"));
                })
                .orElseGet(() -> new Paragraph(getTranslation("review.task.read-only")));
    }

    /** A step of the report's check that the current officer may be barred from (four eyes). */
    private Component settlementForm(TaskDetails task, java.util.function.Function<ReportCheckPage, Component> form) {
        ReportCheckPage page = settlement.checks.page(task.taskId());
        if (page.barredReason() != null) {
            return new Paragraph(getTranslation(page.barredReason()));
        }
        return form.apply(page);
    }

    private Component formalCheckForm(TaskDetails task) {
        RadioButtonGroup<FormalCheckOutcome> outcome = new RadioButtonGroup<>(getTranslation("review.formal.outcome"));
        outcome.setId("formal-outcome");
        outcome.setItems(FormalCheckOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        outcome.setRequiredIndicatorVisible(true);
        TextArea question = new TextArea(getTranslation("review.formal.question"));
        question.setHelperText(getTranslation("review.formal.question-help"));
        question.setMaxLength(8000);
        question.setId("formal-question");
        Checkbox allowEdit = new Checkbox(getTranslation("review.formal.allow-edit"));
        TextArea note = new TextArea(getTranslation("review.formal.note"));
        note.setHelperText(getTranslation("review.formal.note-help"));
        note.setMaxLength(8000);
        question.setVisible(false);
        allowEdit.setVisible(false);
        outcome.addValueChangeListener(e -> {
            boolean inquiry = e.getValue() == FormalCheckOutcome.INQUIRY;
            question.setVisible(inquiry);
            allowEdit.setVisible(inquiry);
            note.setVisible(!inquiry);
            outcome.setInvalid(false);
        });
        Button done = new Button(getTranslation("review.task.complete"));
        done.setId("complete-step");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            if (outcome.getValue() == null) {
                showError(outcome, getTranslation("review.error.outcome-required"));
                return;
            }
            HasValidation errorField = switch (outcome.getValue()) {
                case INQUIRY -> question;
                case INELIGIBLE, COMPLETE -> note;
            };
            act(
                    () -> formalChecks.complete(
                            task.taskId(),
                            outcome.getValue(),
                            note.getValue(),
                            question.getValue(),
                            allowEdit.getValue()),
                    errorField);
        });
        return new Div(outcome, question, allowEdit, note, done);
    }

    private Component contentReviewForm(TaskDetails task) {
        Div form = new Div();
        Map<String, RadioButtonGroup<Integer>> scoreFields = new LinkedHashMap<>();
        for (ReviewCriterion criterion : task.criteria()) {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation(
                    "review.criterion.weighted",
                    criterion.name(getLocale(), this::getTranslation),
                    criterion.weight()));
            score.setId("score-" + criterion.code());
            score.setItems(IntStream.rangeClosed(ReviewCriteria.MIN_SCORE, ReviewCriteria.MAX_SCORE)
                    .boxed()
                    .toList());
            score.setRequiredIndicatorVisible(true);
            score.setHelperText(getTranslation("review.content.score-help"));
            scoreFields.put(criterion.code(), score);
            form.add(score);
        }
        RadioButtonGroup<String> recommendation =
                new RadioButtonGroup<>(getTranslation("review.content.recommendation"));
        recommendation.setId("recommendation");
        recommendation.setItems(ContentReviewSummary.APPROVE, ContentReviewSummary.REJECT);
        recommendation.setItemLabelGenerator(r -> getTranslation("review.content.recommendation." + r));
        recommendation.setRequiredIndicatorVisible(true);
        MoneyField proposed = new MoneyField(getTranslation("review.content.proposed-amount"));
        proposed.setValue(task.application().requestedAmount());
        proposed.setHelperText(getTranslation(
                "review.decision.amount-help", Formats.money(task.application().requestedAmount(), getLocale())));
        proposed.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("review.content.note"));
        note.setMaxLength(8000);
        Button done = new Button(getTranslation("review.task.complete"));
        done.setId("complete-step");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            Map<String, Integer> scores = new LinkedHashMap<>();
            scoreFields.forEach((c, f) -> scores.put(c, f.getValue()));
            for (RadioButtonGroup<Integer> f : scoreFields.values()) {
                if (f.getValue() == null) {
                    showError(f, getTranslation("review.error.scores-required"));
                    return;
                }
            }
            if (recommendation.getValue() == null) {
                showError(recommendation, getTranslation("review.error.recommendation-required"));
                return;
            }
            act(
                    () -> contentReviewing.complete(
                            task.taskId(), scores, recommendation.getValue(), proposed.getValue(), note.getValue()),
                    proposed);
        });
        form.add(recommendation, proposed, note, done);
        return form;
    }

    private Component decisionForm(TaskDetails task) {
        Div form = new Div();
        ContentReviewSummary review = task.contentReview();
        if (review != null) {
            form.add(new Paragraph(getTranslation(
                    "review.decision.proposal",
                    review.reviewerName(),
                    getTranslation("review.content.recommendation." + review.recommendation()),
                    Formats.money(review.proposedAmount(), getLocale()))));
            Paragraph total = new Paragraph(
                    getTranslation("review.case.weighted-total", Formats.decimal(review.weightedTotal(), getLocale())));
            total.setId("weighted-total");
            form.add(total);
        }
        BudgetSituation budget = task.budget();
        Paragraph budgetText = new Paragraph();
        budgetText.addClassName("budget");
        budgetText.getElement().setAttribute("aria-live", "polite");
        boolean reviewerLevel = task.reviewerLimit() != null;
        RadioButtonGroup<Decision> outcome = new RadioButtonGroup<>(getTranslation("review.decision.outcome"));
        outcome.setId("decision-outcome");
        // a reviewer may also send the case up to the head (to grant more than the threshold); the head decides
        outcome.setItems(
                reviewerLevel
                        ? List.of(Decision.APPROVE, Decision.REJECT, Decision.REFER)
                        : List.of(Decision.APPROVE, Decision.REJECT));
        outcome.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        outcome.setRequiredIndicatorVisible(true);
        MoneyField amount = new MoneyField(getTranslation("review.decision.amount"));
        // the helper text names both limits: give it room to wrap as a sentence, not as a narrow column
        amount.setWidth("min(100%, 36em)");
        amount.setValue(
                review != null && review.proposedAmount().signum() > 0
                        ? review.proposedAmount()
                        : task.application().requestedAmount());
        amount.setHelperText(
                reviewerLevel
                        ? getTranslation(
                                "review.decision.amount-help-reviewer",
                                Formats.money(task.application().requestedAmount(), getLocale()),
                                Formats.money(task.reviewerLimit(), getLocale()))
                        : getTranslation(
                                "review.decision.amount-help",
                                Formats.money(task.application().requestedAmount(), getLocale())));
        TextArea conditions = new TextArea(getTranslation("review.decision.conditions"));
        conditions.setMaxLength(8000);
        TextArea reason = new TextArea(getTranslation("review.decision.reason"));
        reason.setHelperText(getTranslation("review.decision.reason-help"));
        reason.setMaxLength(8000);
        reason.setVisible(false);
        TextArea referral = new TextArea(getTranslation("review.decision.referral-reason"));
        referral.setHelperText(getTranslation("review.decision.referral-help"));
        referral.setId("referral-reason");
        referral.setMaxLength(8000);
        referral.setVisible(false);
        Runnable showBudget = () -> {
            if (budget != null) {
                BigDecimal after = budget.remainingAfter(
                        outcome.getValue() == null || outcome.getValue() == Decision.APPROVE
                                ? amount.getValue()
                                : BigDecimal.ZERO);
                budgetText.setText(getTranslation(
                        "review.decision.budget",
                        budget.year(),
                        Formats.money(budget.annualBudget(), getLocale()),
                        Formats.money(budget.committed(), getLocale()),
                        Formats.money(budget.remaining(), getLocale()),
                        Formats.money(after, getLocale())));
                budgetText.getElement().getClassList().set("over-budget", after.signum() < 0);
            }
        };
        showBudget.run();
        amount.addValueChangeListener(e -> showBudget.run());
        outcome.addValueChangeListener(e -> {
            Decision choice = e.getValue();
            boolean approve = choice == null || choice == Decision.APPROVE;
            amount.setVisible(approve);
            conditions.setVisible(approve);
            reason.setVisible(choice == Decision.REJECT);
            referral.setVisible(choice == Decision.REFER);
            outcome.setInvalid(false);
            showBudget.run();
        });
        Button done = new Button(getTranslation("review.task.complete"));
        done.setId("complete-step");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            if (outcome.getValue() == null) {
                showError(outcome, getTranslation("review.error.outcome-required"));
                return;
            }
            switch (outcome.getValue()) {
                case APPROVE ->
                    act(
                            () -> deciding.decide(task.taskId(), true, amount.getValue(), conditions.getValue(), null),
                            amount);
                case REJECT -> act(() -> deciding.decide(task.taskId(), false, null, null, reason.getValue()), reason);
                case REFER -> act(() -> deciding.referToHead(task.taskId(), referral.getValue()), referral);
            }
        });
        form.add(budgetText, outcome, amount, conditions, reason, referral, done);
        return form;
    }

    /** The choices of the decision form. */
    enum Decision {
        APPROVE,
        REJECT,
        REFER;

        String messageKey() {
            return switch (this) {
                case APPROVE -> "review.decision.approve";
                case REJECT -> "review.decision.reject";
                case REFER -> "review.decision.refer";
            };
        }
    }

    private void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        errors.message(message);
    }

    private void act(Runnable action, HasValidation fieldForErrors) {
        try {
            action.run();
            Notification.show(getTranslation("review.task.done"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ReviewRefused refused) {
            String message = getTranslation(refused.messageKey());
            showError(fieldForErrors, message);
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
