package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.security.AccountContact;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The e-mails of the review, in the recipient's language (logged instead when no mail host is configured). */
@Component
public class CaseNotifications {

    private final GrantApplicationProcessing applications;
    private final AccountService accounts;
    private final ReviewMailer mailer;

    CaseNotifications(GrantApplicationProcessing applications, AccountService accounts, ReviewMailer mailer) {
        this.applications = applications;
        this.accounts = accounts;
        this.mailer = mailer;
    }

    /** The clerk asked a follow-up question (asynchronous Task_SendInquiry: a mail failure is retried). */
    public void inquiryAsked(long applicationId, Instant replyDueAt) {
        toApplicant(applicationId, "inquiry", replyDueAt);
    }

    /** Timer_ReplyReminder fired (asynchronous step: a mail failure is retried). */
    public void replyReminder(long applicationId, Instant replyDueAt) {
        toApplicant(applicationId, "reminder", replyDueAt);
    }

    /** A notice letter was stored (asynchronous step). */
    void noticeIssued(long applicationId) {
        toApplicant(applicationId, "notice", null);
    }

    /** A task is overdue: every HEAD is told (a mail failure is logged, the escalation still counts). */
    public void escalated(long applicationId, String step) {
        ApplicationSummary a = applications.summary(applicationId);
        for (AccountContact head : accounts.withRole(Roles.HEAD)) {
            Locale l = Bundle.locale(head.language());
            mailer.sendQuietly(
                    head.email(),
                    Bundle.text(l, "review.mail.escalation.subject", a.referenceNumber()),
                    Bundle.text(
                            l,
                            "review.mail.escalation.body",
                            head.displayName(),
                            a.referenceNumber(),
                            a.title(),
                            Bundle.text(l, "review.step." + step)));
        }
    }

    /**
     * A payment was released, paid or refused (asynchronous steps of 'grant-payment': a mail
     * failure is retried). {@code kind} is payment-released, payment-paid or payment-refused.
     */
    void payment(long applicationId, String kind, int number, BigDecimal amount, String reason) {
        mailApplicant(applicationId, kind, l ->
                new Object[] {number, Formats.money(amount, l), reason == null ? "" : reason});
    }

    /** The final report is due soon or today (asynchronous steps of 'grant-award'). */
    void reportDue(long applicationId, String kind, LocalDate dueOn) {
        mailApplicant(applicationId, kind, l -> new Object[] {Formats.date(dueOn, l)});
    }

    /**
     * The clerk decided on a request for more time for the final report (asynchronous steps of
     * 'grant-award'); {@code kind} is report-extension-granted (with the new due date) or
     * report-extension-refused (with the reason).
     */
    void reportExtension(long applicationId, String kind, LocalDate newDue, String reason) {
        mailApplicant(applicationId, kind, l -> new Object[] {Formats.date(newDue, l), reason == null ? "" : reason});
    }

    /**
     * A step of the final report's check the recipient must know about (corrections asked,
     * hearing, reclaim notice, repayment reminder); {@code date} is the step's deadline.
     */
    void settlement(long applicationId, String kind, LocalDate date, BigDecimal amount) {
        mailApplicant(
                applicationId, kind, l -> new Object[] {
                    date == null ? "" : Formats.date(date, l), amount == null ? "" : Formats.money(amount, l)
                });
    }

    private void toApplicant(long applicationId, String kind, Instant due) {
        mailApplicant(applicationId, kind, l -> new Object[] {due == null ? "" : Formats.dateTime(due, l)});
    }

    /**
     * A mail to the applicant in their language: the subject names the reference number, the body
     * starts with their name, the reference number and the title, then {@code more} in the
     * recipient's locale.
     */
    private void mailApplicant(long applicationId, String kind, Function<Locale, Object[]> more) {
        ApplicationSummary a = applications.summary(applicationId);
        AccountContact applicant =
                accounts.contact(applications.applicantId(applicationId)).orElseThrow();
        Locale l = Bundle.locale(applicant.language());
        Object[] extra = more.apply(l);
        Object[] args = new Object[3 + extra.length];
        args[0] = applicant.displayName();
        args[1] = a.referenceNumber();
        args[2] = a.title();
        System.arraycopy(extra, 0, args, 3, extra.length);
        mailer.send(
                applicant.email(),
                Bundle.text(l, "review.mail." + kind + ".subject", a.referenceNumber()),
                Bundle.text(l, "review.mail." + kind + ".body", args));
    }
}
