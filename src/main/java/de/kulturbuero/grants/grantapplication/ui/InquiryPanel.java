package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import de.kulturbuero.grants.grantapplication.ApplicantActionRefused;
import de.kulturbuero.grants.grantapplication.ApplicantCaseService;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.CaseMessage;
import de.kulturbuero.grants.grantapplication.NoticeFile;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.util.List;

/**
 * The applicant's part of the running review on their application page: the office's follow-up
 * questions and messages, the answer form while a question is open (with the project description
 * to edit when the clerk allowed it), the notice letters, and withdrawal.
 */
public class InquiryPanel extends Composite<Section> {

    private final transient ApplicantCaseService cases;
    private final ApplicationSummary application;
    private final Runnable onChange;

    public InquiryPanel(ApplicantCaseService cases, ApplicationSummary application, Runnable onChange) {
        this.cases = cases;
        this.application = application;
        this.onChange = onChange;
        render();
    }

    private void render() {
        Section root = getContent();
        root.removeAll();
        root.addClassName("inquiry-panel");
        List<NoticeFile> notices = cases.notices(application.id());
        if (!notices.isEmpty()) {
            root.add(
                    new H2(getTranslation("grantapplication.notice.title")),
                    new NoticeLinks(notices, cases::noticeContent));
        }
        List<CaseMessage> conversation = cases.conversation(application.id());
        if (!conversation.isEmpty()) {
            root.add(new H2(getTranslation("grantapplication.inquiry.title")));
            OrderedList list = new OrderedList();
            list.addClassName("conversation");
            CaseMessage open = null;
            for (CaseMessage m : conversation) {
                ListItem item = new ListItem();
                item.add(new Paragraph(getTranslation(
                        m.inquiry() ? "grantapplication.inquiry.question-at" : "grantapplication.inquiry.message-at",
                        Formats.dateTime(m.createdAt(), getLocale()))));
                item.add(new Paragraph(m.text()));
                if (m.answer() != null) {
                    item.add(new Paragraph(getTranslation(
                            "grantapplication.inquiry.your-answer", Formats.dateTime(m.answeredAt(), getLocale()))));
                    item.add(new Paragraph(m.answer()));
                } else if (m.open()) {
                    item.add(new Paragraph(getTranslation(
                            "grantapplication.inquiry.reply-by", Formats.dateTime(m.replyDueAt(), getLocale()))));
                    open = m;
                } else if (m.inquiry()) {
                    item.add(new Paragraph(getTranslation("grantapplication.inquiry.closed." + m.closedReason())));
                }
                list.add(item);
            }
            root.add(list);
            if (open != null && cases.mayWithdraw(application.id())) {
                root.add(answerForm(open));
            }
        }
        if (cases.mayWithdraw(application.id())) {
            root.add(new WithdrawDialog(cases, application, onChange).opener());
        }
    }

    private Div answerForm(CaseMessage open) {
        TextArea answer = new TextArea(getTranslation("grantapplication.inquiry.answer"));
        answer.setMaxLength(ApplicantCaseService.MAX_TEXT);
        answer.setRequiredIndicatorVisible(true);
        answer.setWidthFull();
        answer.setId("inquiry-answer");
        TextArea summary = new TextArea(getTranslation("grantapplication.inquiry.revised-summary"));
        summary.setHelperText(getTranslation("grantapplication.inquiry.revised-summary-help"));
        summary.setMaxLength(4000);
        summary.setWidthFull();
        summary.setValue(application.summary() == null ? "" : application.summary());
        summary.setVisible(open.editAllowed());
        Button send = new Button(getTranslation("grantapplication.inquiry.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("inquiry-send");
        send.addClickListener(e -> {
            try {
                cases.answerInquiry(
                        application.id(), answer.getValue(), open.editAllowed() ? summary.getValue() : null);
                Notification.show(
                                getTranslation("grantapplication.inquiry.sent"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onChange.run();
            } catch (ApplicantActionRefused refused) {
                answer.setErrorMessage(getTranslation(refused.messageKey()));
                answer.setInvalid(true);
            }
        });
        Div form = new Div(answer, summary, send);
        form.addClassName("inquiry-answer");
        return form;
    }
}
