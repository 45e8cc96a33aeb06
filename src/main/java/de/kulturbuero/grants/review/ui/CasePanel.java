package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kulturbuero.grants.grantapplication.CaseMessage;
import de.kulturbuero.grants.grantapplication.ui.ApplicationDetails;
import de.kulturbuero.grants.grantapplication.ui.NoticeLinks;
import de.kulturbuero.grants.grantapplication.ui.SubmittedApplication;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.AuditEntry;
import de.kulturbuero.grants.review.AwardFile;
import de.kulturbuero.grants.review.CaseFile;
import de.kulturbuero.grants.review.ContentReviewSummary;
import de.kulturbuero.grants.review.InternalComment;
import de.kulturbuero.grants.review.ReviewCriterion;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.review.ReviewStep;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole case for officers: application data, the whole application as submitted (in the
 * officers' wording, with the attachments to download), decision, follow-up conversation, messages to
 * the applicant, internal comments, content review, the process diagram with the current step
 * highlighted, the history and the audit log.
 */
public class CasePanel extends Composite<Div> {

    private final transient CaseServices services;
    private final transient ProgrammeService programmes;
    private final Component applicationContent;

    /** @param applicationContent the whole application as officers read it ({@link SubmittedApplication}) */
    CasePanel(CaseServices services, CaseFile file, Component applicationContent) {
        this.services = services;
        this.programmes = services.programmes;
        this.applicationContent = applicationContent;
        render(file);
    }

    private void render(CaseFile file) {
        Div root = getContent();
        root.removeAll();
        root.addClassName("case-panel");
        long id = file.application().id();

        Section data = section("review.case.application");
        data.add(new ApplicationDetails(
                file.application(),
                programmes.programme(file.application().programmeId()).orElse(null),
                file.partnerCity()));
        DescriptionList extra = new DescriptionList();
        extra.addClassName("application-details");
        if (file.conditions() != null) {
            extra.add(
                    new DescriptionList.Term(getTranslation("review.case.conditions")),
                    new DescriptionList.Description(file.conditions()));
        }
        if (file.withdrawalReason() != null) {
            extra.add(
                    new DescriptionList.Term(getTranslation("review.case.withdrawal-reason")),
                    new DescriptionList.Description(file.withdrawalReason()));
        }
        data.add(extra);
        if (!file.notices().isEmpty()) {
            data.add(new H3(getTranslation("review.case.notices")));
            data.add(new NoticeLinks(file.notices(), services.files::noticeContent));
        }
        if (!file.openTasks().isEmpty()) {
            UnorderedList open = new UnorderedList();
            for (CaseFile.OpenStep step : file.openTasks()) {
                String text = getTranslation("review.step." + step.step()) + " – "
                        + (step.assigneeName() == null
                                ? getTranslation("review.inbox.unassigned")
                                : step.assigneeName())
                        + (step.overdue() ? " – " + getTranslation("review.inbox.overdue") : "");
                open.add(new ListItem(new Anchor("inbox/task/" + step.taskId(), text)));
            }
            data.add(new H3(getTranslation("review.case.open-tasks")), open);
        }
        root.add(data);

        Optional<AwardFile> award = services.awards.of(id);
        award.ifPresent(a -> {
            root.add(new AwardSection(a));
            root.add(services.finalReport(id));
        });

        Section content = new Section(applicationContent);
        content.addClassName("case-section");
        root.add(content);

        if (file.contentReview() != null) {
            root.add(contentReview(file.contentReview()));
        }

        Section conversation = section("review.case.conversation");
        if (file.conversation().isEmpty()) {
            conversation.add(new Paragraph(getTranslation("review.case.conversation-empty")));
        }
        OrderedList messages = new OrderedList();
        messages.addClassName("conversation");
        for (CaseMessage m : file.conversation()) {
            ListItem item = new ListItem();
            item.add(new Paragraph(getTranslation(
                    m.inquiry() ? "review.case.question-by" : "review.case.message-by",
                    m.authorName(),
                    Formats.dateTime(m.createdAt(), getLocale()))));
            item.add(new Paragraph(m.text()));
            if (m.inquiry()) {
                if (m.answer() != null) {
                    item.add(new Paragraph(
                            getTranslation("review.case.answer-at", Formats.dateTime(m.answeredAt(), getLocale()))));
                    item.add(new Paragraph(m.answer()));
                } else {
                    item.add(new Paragraph(getTranslation(
                            "review.case.inquiry-state." + (m.closedReason() == null ? "OPEN" : m.closedReason()),
                            Formats.dateTime(m.replyDueAt(), getLocale()))));
                }
            }
            messages.add(item);
        }
        conversation.add(messages);
        conversation.add(textForm(
                "review.case.message-to-applicant",
                "review.case.send-message",
                text -> services.notes.messageApplicant(id, text),
                id));
        root.add(conversation);

        Section comments = section("review.case.comments");
        comments.add(new Paragraph(getTranslation("review.case.comments-help")));
        UnorderedList commentList = new UnorderedList();
        for (InternalComment c : file.comments()) {
            commentList.add(new ListItem(
                    new Span(c.authorName() + ", " + Formats.dateTime(c.createdAt(), getLocale()) + ": "),
                    new Span(c.text())));
        }
        comments.add(
                commentList,
                textForm(
                        "review.case.comment",
                        "review.case.add-comment",
                        text -> services.notes.comment(id, text),
                        id));
        root.add(comments);

        Section diagram = section("review.case.diagram");
        Image image = new Image(
                DownloadHandler.fromInputStream(event -> {
                    byte[] png = services.history.diagram(id);
                    return new DownloadResponse(
                            new ByteArrayInputStream(png), "process-" + id + ".png", "image/png", png.length);
                }),
                getTranslation("review.case.diagram-alt", currentSteps(file)));
        image.addClassName("process-diagram");
        diagram.add(new Paragraph(getTranslation("review.case.current-step", currentSteps(file))));
        if (award.isEmpty()) {
            diagram.add(image);
        } else {
            // the award process runs beside the finished review: both diagrams, each under its own heading
            Image awardImage = new Image(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] png = services.history.awardDiagram(id).orElseThrow();
                        return new DownloadResponse(
                                new ByteArrayInputStream(png), "award-" + id + ".png", "image/png", png.length);
                    }),
                    getTranslation("review.payment.diagram.award-alt"));
            awardImage.addClassName("process-diagram");
            Div review = new Div(new H3(getTranslation("review.payment.diagram.review")), image);
            Div awardDiagram = new Div(new H3(getTranslation("review.payment.diagram.award")), awardImage);
            awardDiagram.setId("award-diagram");
            Div both = new Div(review, awardDiagram);
            both.addClassName("process-diagrams");
            diagram.add(both);
        }
        root.add(diagram);

        Section history = section("review.task.history");
        OrderedList steps = new OrderedList();
        for (ReviewStep step : file.history()) {
            String text = getTranslation(step.messageKey()) + " – " + Formats.dateTime(step.startedAt(), getLocale())
                    + (step.endedAt() != null && step.actorName() != null ? " – " + step.actorName() : "");
            steps.add(new ListItem(text));
        }
        history.add(steps);
        Grid<AuditEntry> audit = new Grid<>();
        audit.setAriaLabel(getTranslation("review.case.audit"));
        audit.addColumn(a -> Formats.dateTime(a.at(), getLocale()))
                .setHeader(getTranslation("review.case.audit-when"))
                .setAutoWidth(true);
        audit.addColumn(a -> getTranslation(a.messageKey()))
                .setHeader(getTranslation("review.case.audit-action"))
                .setAutoWidth(true);
        audit.addColumn(a -> a.actorName() == null ? getTranslation("review.case.audit-process") : a.actorName())
                .setHeader(getTranslation("review.case.audit-actor"))
                .setAutoWidth(true);
        audit.addColumn(a -> a.detailText((key, args) -> getTranslation(key, args), getLocale()))
                .setHeader(getTranslation("review.case.audit-detail"));
        audit.setItems(file.audit());
        audit.setAllRowsVisible(true);
        history.add(new H3(getTranslation("review.case.audit")), audit);
        root.add(history);
    }

    private String currentSteps(CaseFile file) {
        if (!file.openTasks().isEmpty()) {
            return String.join(
                    ", ",
                    file.openTasks().stream()
                            .map(t -> getTranslation("review.step." + t.step()))
                            .toList());
        }
        return getTranslation(file.application().status().messageKey());
    }

    private Section contentReview(ContentReviewSummary r) {
        Section s = section("review.case.content-review");
        DescriptionList list = new DescriptionList();
        list.addClassName("application-details");
        list.add(
                new DescriptionList.Term(getTranslation("review.case.reviewer")),
                new DescriptionList.Description(r.reviewerName()));
        for (ReviewCriterion criterion : r.criteria()) {
            list.add(
                    new DescriptionList.Term(getTranslation(
                            "review.criterion.weighted",
                            criterion.name(getLocale(), this::getTranslation),
                            criterion.weight())),
                    new DescriptionList.Description(
                            getTranslation("review.case.score", r.scores().get(criterion.code()))));
        }
        DescriptionList.Description total =
                new DescriptionList.Description(Formats.decimal(r.weightedTotal(), getLocale()));
        total.setId("weighted-total");
        list.add(new DescriptionList.Term(getTranslation("review.case.weighted-total-term")), total);
        list.add(
                new DescriptionList.Term(getTranslation("review.content.recommendation")),
                new DescriptionList.Description(getTranslation("review.content.recommendation." + r.recommendation())));
        list.add(
                new DescriptionList.Term(getTranslation("review.content.proposed-amount")),
                new DescriptionList.Description(Formats.money(r.proposedAmount(), getLocale())));
        if (r.note() != null) {
            list.add(
                    new DescriptionList.Term(getTranslation("review.content.note")),
                    new DescriptionList.Description(r.note()));
        }
        s.add(list);
        return s;
    }

    private Div textForm(String labelKey, String buttonKey, Consumer<String> action, long applicationId) {
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setMaxLength(8000);
        text.setWidthFull();
        Button send = new Button(getTranslation(buttonKey), e -> {
            try {
                action.accept(text.getValue());
                Notification.show(getTranslation("review.case.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render(services.files.caseFile(applicationId));
            } catch (ReviewRefused refused) {
                text.setErrorMessage(getTranslation(refused.messageKey()));
                text.setInvalid(true);
            }
        });
        return new Div(text, send);
    }

    private Section section(String titleKey) {
        Section s = new Section(new H2(getTranslation(titleKey)));
        s.addClassName("case-section");
        return s;
    }
}
