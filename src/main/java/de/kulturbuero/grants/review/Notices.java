package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.AccountContact;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the notice letter of a decided case: writes the PDF in the applicant's language, stores
 * it with the application and tells the applicant. Runs in the asynchronous notice step, without
 * a signed-in user; a failure rolls back and the engine retries the step.
 */
@Component
public class Notices {

    private final GrantApplicationProcessing applications;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final NoticeWriter writer;
    private final CaseNotifications notifications;
    private final Clock clock;

    Notices(
            GrantApplicationProcessing applications,
            ProgrammeService programmes,
            AccountService accounts,
            NoticeWriter writer,
            CaseNotifications notifications,
            Clock clock) {
        this.applications = applications;
        this.programmes = programmes;
        this.accounts = accounts;
        this.writer = writer;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Writes the letter of {@code kind} named by the BPMN's notice step. */
    @Transactional
    public void issue(long applicationId, NoticeKind kind) {
        ApplicationSummary a = applications.summary(applicationId);
        AccountContact applicant =
                accounts.contact(applications.applicantId(applicationId)).orElseThrow();
        Locale locale = Bundle.locale(applicant.language());
        String programme =
                programmes.programme(a.programmeId()).map(p -> p.name(locale)).orElse("");
        String city = a.partnerCityId() == null
                ? null
                : programmes
                        .partnerCity(a.partnerCityId())
                        .map(PartnerCitySummary::name)
                        .orElse(null);
        String reason = kind == NoticeKind.INELIGIBILITY ? a.formalCheckNote() : a.decisionReason();
        byte[] pdf = writer.write(new NoticeWriter.Letter(
                kind.name(),
                locale,
                a,
                applicant.displayName(),
                programme,
                city,
                applications.decisionConditions(applicationId),
                reason,
                LocalDate.now(clock.withZone(Formats.ZONE))));
        String fileName = Bundle.text(locale, "review.notice.file." + kind.name()) + "-" + a.referenceNumber() + ".pdf";
        applications.storeNotice(applicationId, kind.name(), applicant.language(), fileName, pdf);
        notifications.noticeIssued(applicationId);
    }
}
