package de.kulturbuero.grants.payment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kulturbuero.grants.payment.BankAccountCheck;
import de.kulturbuero.grants.payment.PaymentProblem;
import de.kulturbuero.grants.payment.PaymentRefused;
import de.kulturbuero.grants.payment.PaymentRuns;
import de.kulturbuero.grants.payment.PaymentRuns.Format;
import de.kulturbuero.grants.payment.PaymentRuns.RunStatus;
import de.kulturbuero.grants.payment.PaymentRuns.RunSummary;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.DateFields;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.RecordCards;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cash office's payment runs (FINANCE): the ordered payments that wait for a run, a new run
 * with its execution date, the latest runs, and one run's payments with its two files (SEPA
 * pain.001 for the bank, CSV for the finance system), "executed" with the booking date, and
 * cancelling with a reason. The address {@code payments/runs/<id>} opens a run's detail. The use
 * cases and their checks are {@link PaymentRuns}'; this page only shows what they refuse.
 */
@Route("payments/runs")
@Menu(title = "payment.runs.menu", order = 12, icon = "vaadin:money-exchange")
@RolesAllowed(Roles.FINANCE)
public class PaymentRunsView extends Main implements HasDynamicTitle, HasUrlParameter<Long> {

    static final int LATEST = 10;

    private final transient PaymentRuns runs;
    private final transient Clock clock;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph waitingTotal = new Paragraph();
    private final Paragraph waitingEmpty = new Paragraph();
    private final UnorderedList waitingList = new UnorderedList();
    private final DatePicker executionDate = new DatePicker();
    private final Button create = new Button();
    private final Div createForm = new Div();
    private final Paragraph latestEmpty = new Paragraph();
    private final UnorderedList latestList = new UnorderedList();
    private final Section detail = new Section();
    /** The fields of the page and of its dialog by the problem's field name, for errors at their field. */
    private final Map<String, HasValidation> fields = new HashMap<>();

    private Long shownRun;

    public PaymentRunsView(PaymentRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
        addClassName("page");
        addClassName("payment-runs");
        add(new H1(getTranslation("payment.runs.title")), new Paragraph(getTranslation("payment.runs.intro")), errors);

        Section waiting = new Section();
        waiting.add(new H2(getTranslation("payment.runs.waiting.heading")), waitingTotal, waitingEmpty, waitingList);
        waitingEmpty.setText(getTranslation("payment.runs.waiting.empty"));
        waitingList.addClassName("record-list");
        waitingList.getElement().setAttribute("aria-label", getTranslation("payment.runs.waiting.heading"));

        executionDate.setLabel(getTranslation("payment.runs.create.date"));
        DateFields.configure(executionDate);
        executionDate.setRequiredIndicatorVisible(true);
        executionDate.setId("execution-date");
        fields.put("executionDate", executionDate);
        create.setText(getTranslation("payment.runs.create.button"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createRun());
        HorizontalLayout createRow = new HorizontalLayout(executionDate, create);
        createRow.setWrap(true);
        createRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        createForm.add(createRow);
        waiting.add(createForm);

        Section latest = new Section();
        latest.add(new H2(getTranslation("payment.runs.latest.heading")), latestEmpty, latestList);
        latestEmpty.setText(getTranslation("payment.runs.latest.empty"));
        latestList.addClassName("record-list");
        latestList.getElement().setAttribute("aria-label", getTranslation("payment.runs.latest.heading"));

        detail.addClassName("payment-run-detail");
        add(waiting, latest, detail);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long runId) {
        shownRun = runId;
        refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    /** Reloads every part of the page; keeps the error summary. */
    private void refresh() {
        showWaiting(runs.waiting());
        showLatest(runs.latestRuns(LATEST));
        showDetail();
    }

    private void showWaiting(List<PaymentRuns.Payment> waiting) {
        waitingList.removeAll();
        waiting.forEach(p -> waitingList.add(paymentCard(p, true)));
        boolean none = waiting.isEmpty();
        waitingEmpty.setVisible(none);
        waitingList.setVisible(!none);
        waitingTotal.setVisible(!none);
        waitingTotal.setText(getTranslation(
                "payment.runs.waiting.total", waiting.size(), Formats.money(total(waiting), getLocale())));
        createForm.setVisible(!none);
        LocalDate today = today();
        DateFields.min(executionDate, today, getTranslation("payment.run.error.execution-date"));
        DateFields.helper(executionDate, getTranslation("payment.runs.create.date-help"));
        if (executionDate.getValue() == null || executionDate.getValue().isBefore(today)) {
            executionDate.setValue(WorkingDays.next(today));
        }
    }

    /** A waiting payment (under an h2, with its needed-by date) or one of a run (under an h3, with its IBAN). */
    private ListItem paymentCard(PaymentRuns.Payment p, boolean waiting) {
        ListItem card = new ListItem();
        card.addClassName("record-card");
        Span reference = RecordCards.cell(new Span(p.referenceNumber()));
        HtmlContainer heading = waiting ? new H3(reference) : new H4(reference);
        heading.addClassName("record-title");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("record-facts");
        fact(facts, "payment.runs.field.number", String.valueOf(p.number()));
        fact(facts, "payment.runs.field.payee", p.payee());
        fact(facts, "payment.runs.field.amount", Formats.money(p.amount(), getLocale()));
        if (waiting) {
            fact(facts, "payment.runs.field.needed-by", Formats.date(p.neededBy(), getLocale()));
        } else {
            fact(facts, "payment.runs.field.iban", BankAccountCheck.grouped(p.iban()));
        }
        card.add(heading, facts);
        return card;
    }

    private void showLatest(List<RunSummary> latest) {
        latestList.removeAll();
        latestEmpty.setVisible(latest.isEmpty());
        latestList.setVisible(!latest.isEmpty());
        for (RunSummary run : latest) {
            ListItem card = new ListItem();
            card.addClassName("record-card");
            H3 heading = new H3(RecordCards.cell(new Span(getTranslation("payment.runs.run.title", run.id()))));
            heading.addClassName("record-title");
            DescriptionList facts = new DescriptionList();
            facts.addClassName("record-facts");
            fact(facts, "payment.runs.run.status", statusText(run.status()));
            fact(facts, "payment.runs.run.execution-date", Formats.date(run.executionDate(), getLocale()));
            fact(facts, "payment.runs.run.created", Formats.dateTime(run.createdAt(), getLocale()));
            Button show = new Button(
                    getTranslation("payment.runs.run.show", run.id()),
                    e -> UI.getCurrent().navigate(PaymentRunsView.class, run.id()));
            show.addClassName("record-action");
            card.add(heading, facts, show);
            latestList.add(card);
        }
    }

    private void showDetail() {
        detail.removeAll();
        fields.remove("bookingDate");
        if (shownRun == null) {
            detail.setVisible(false);
            return;
        }
        PaymentRuns.Run run;
        try {
            run = runs.run(shownRun);
        } catch (PaymentRefused refused) {
            detail.setVisible(false);
            showRefusal(refused);
            return;
        }
        detail.setVisible(true);
        RunSummary summary = run.summary();
        detail.add(new H2(getTranslation("payment.runs.run.title", summary.id())));

        DescriptionList facts = new DescriptionList();
        facts.addClassName("record-facts");
        facts.addClassName("payment-run-facts");
        fact(facts, "payment.runs.run.status", statusText(summary.status()));
        fact(facts, "payment.runs.run.execution-date", Formats.date(summary.executionDate(), getLocale()));
        fact(facts, "payment.runs.run.count", String.valueOf(run.payments().size()));
        fact(facts, "payment.runs.run.total", Formats.money(run.total(), getLocale()));
        fact(facts, "payment.runs.run.message-id", summary.messageId());
        if (summary.downloadedAt() != null) {
            fact(facts, "payment.runs.run.downloaded", Formats.dateTime(summary.downloadedAt(), getLocale()));
        }
        if (summary.bookingDate() != null) {
            fact(facts, "payment.runs.run.booking-date", Formats.date(summary.bookingDate(), getLocale()));
        }
        if (summary.cancelReason() != null) {
            fact(facts, "payment.runs.run.cancel-reason", summary.cancelReason());
        }
        detail.add(facts);

        if (run.payments().isEmpty()) {
            detail.add(new Paragraph(getTranslation(
                    summary.status() == RunStatus.CANCELLED
                            ? "payment.runs.run.empty-cancelled"
                            : "payment.runs.run.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("record-list");
            list.getElement().setAttribute("aria-label", getTranslation("payment.runs.run.payments", summary.id()));
            run.payments().forEach(p -> list.add(paymentCard(p, false)));
            detail.add(new H3(getTranslation("payment.runs.run.payments", summary.id())), list);
        }

        if (summary.status() == RunStatus.OPEN || summary.status() == RunStatus.DOWNLOADED) {
            detail.add(downloads(summary));
        }
        if (summary.status() == RunStatus.DOWNLOADED) {
            detail.add(executeForm(summary));
        } else if (summary.status() == RunStatus.OPEN) {
            detail.add(new Paragraph(getTranslation("payment.runs.execute.after-download")));
        }
        if (summary.status() == RunStatus.OPEN || summary.status() == RunStatus.DOWNLOADED) {
            Button cancel = new Button(getTranslation("payment.runs.cancel.open"), e -> confirmCancel(summary));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("cancel-run-button");
            detail.add(cancel);
        }
    }

    private Div downloads(RunSummary run) {
        Div box = new Div();
        box.addClassName("payment-run-downloads");
        box.add(new H3(getTranslation("payment.runs.download.heading")));
        box.add(new Paragraph(getTranslation(
                run.status() == RunStatus.OPEN ? "payment.runs.download.note" : "payment.runs.download.fixed")));
        HorizontalLayout links = new HorizontalLayout(
                download(run.id(), Format.PAIN_001, "payment.runs.download.pain"),
                download(run.id(), Format.CSV, "payment.runs.download.csv"));
        links.setWrap(true);
        box.add(links);
        return box;
    }

    /**
     * A download link. The file is made in its own request (the first download fixes the run), so
     * the page learns of it afterwards: a click lets the page poll once a second until the
     * download has told the page to show the run anew.
     */
    private Anchor download(long runId, Format format, String labelKey) {
        UI ui = UI.getCurrent();
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        PaymentRuns.RunFile file = runs.download(runId, format);
                        ui.access(this::afterDownload);
                        return new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.fileName(),
                                file.mediaType() + "; charset=UTF-8",
                                file.content().length);
                    } catch (PaymentRefused refused) {
                        ui.access(() -> {
                            afterDownload();
                            showRefusal(refused);
                        });
                        return DownloadResponse.error(409, refused.getMessage());
                    } catch (RuntimeException failed) {
                        // stop the polling and say so on the page; the error goes to the log as any other
                        ui.access(() -> {
                            afterDownload();
                            errors.message(getTranslation("payment.runs.download.failed"));
                        });
                        throw failed;
                    }
                }),
                getTranslation(labelKey));
        link.addClassName("download-link");
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.getElement().addEventListener("click", e -> ui.setPollInterval(1000));
        return link;
    }

    private void afterDownload() {
        UI.getCurrent().setPollInterval(-1);
        errors.clear();
        refresh();
    }

    private Div executeForm(RunSummary run) {
        Div form = new Div();
        form.addClassName("payment-run-execute");
        form.add(new H3(getTranslation("payment.runs.execute.heading")));
        DatePicker bookingDate = new DatePicker(getTranslation("payment.runs.execute.date"));
        DateFields.configure(bookingDate);
        bookingDate.setRequiredIndicatorVisible(true);
        bookingDate.setMax(today());
        bookingDate.setValue(today());
        bookingDate.setId("booking-date");
        fields.put("bookingDate", bookingDate);
        Button execute = new Button(getTranslation("payment.runs.execute.button"), e -> {
            if (bookingDate.isInvalid() && bookingDate.getValue() == null) {
                return;
            }
            clearErrors();
            try {
                runs.execute(run.id(), bookingDate.getValue());
                success(getTranslation("payment.runs.execute.done", run.id()));
                refresh();
            } catch (PaymentRefused refused) {
                showRefusal(refused);
            }
        });
        execute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(bookingDate, execute);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.add(row);
        return form;
    }

    private void createRun() {
        clearErrors();
        if (executionDate.isInvalid() && executionDate.getValue() == null) {
            // the picker already says what is wrong with what was typed
            return;
        }
        try {
            long runId = runs.create(executionDate.getValue());
            success(getTranslation("payment.runs.create.done", runId));
            executionDate.clear();
            UI.getCurrent().navigate(PaymentRunsView.class, runId);
        } catch (PaymentRefused refused) {
            showRefusal(refused);
            refresh();
        }
    }

    /**
     * Asks for the reason before a run is cancelled. A plain dialog with an h2 title (the
     * header title); "Keep the run", the harmless choice, has the focus first.
     */
    private void confirmCancel(RunSummary run) {
        Dialog dialog = new Dialog();
        dialog.addClassName("cancel-run-dialog");
        dialog.setHeaderTitle(getTranslation("payment.runs.cancel.title", run.id()));
        TextArea reason = new TextArea(getTranslation("payment.runs.cancel.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("payment.runs.cancel.text")), reason);
        Button keep = new Button(getTranslation("payment.runs.cancel.back"), e -> dialog.close());
        keep.addClassName("dialog-cancel");
        Button confirm = new Button(getTranslation("payment.runs.cancel.confirm"), e -> {
            reason.setInvalid(false);
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("payment.run.error.reason-missing"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                runs.cancel(run.id(), reason.getValue());
                dialog.close();
                clearErrors();
                success(getTranslation("payment.runs.cancel.done", run.id()));
                refresh();
            } catch (PaymentRefused refused) {
                List<String> elsewhere = new ArrayList<>();
                for (PaymentProblem p : refused.problems()) {
                    String message = getTranslation(p.messageKey(), p.arguments(getLocale()));
                    if ("reason".equals(p.field())) {
                        reason.setErrorMessage(message);
                        reason.setInvalid(true);
                    } else {
                        elsewhere.add(message);
                    }
                }
                if (!elsewhere.isEmpty()) {
                    dialog.close();
                    errors.show(elsewhere);
                    refresh();
                }
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        keep.focus();
    }

    /** Each problem at its field (where the page has one) and all of them in the error summary. */
    private void showRefusal(PaymentRefused refused) {
        List<String> messages = new ArrayList<>();
        for (PaymentProblem p : refused.problems()) {
            String message = getTranslation(p.messageKey(), p.arguments(getLocale()));
            HasValidation field = p.field() == null ? null : fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            messages.add(message);
        }
        if (messages.size() == 1 && refused.problems().getFirst().field() == null) {
            errors.message(messages.getFirst());
        } else {
            errors.show(messages);
        }
    }

    private void clearErrors() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        errors.clear();
    }

    private static void success(String text) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void fact(DescriptionList facts, String key, String value) {
        RecordCards.fact(facts, getTranslation(key), new Span(value == null ? "" : value));
    }

    private String statusText(RunStatus status) {
        return getTranslation("payment.runs.status." + status.name());
    }

    private static BigDecimal total(List<PaymentRuns.Payment> payments) {
        return payments.stream().map(PaymentRuns.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.runs.title") + " – " + getTranslation("app.title");
    }
}
