package de.kulturbuero.grants.grantapplication;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The receipt PDF is made at submission, holds every entry with every character, in the applicant's language. */
@IntegrationTest
class ReceiptIT {

    @Autowired
    TestUsers users;

    @Autowired
    TestApplications testApplications;

    @Autowired
    GrantApplicationService applications;

    @Autowired
    AttachmentService attachments;

    @Autowired
    ProgrammeService programmes;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    ApplicationSummary submitWithPoznan(String email, Locale language, String title) {
        users.signIn(email);
        long id =
                applications.createDraft(testApplications.internationalCulture().id());
        ApplicationDraft d = CompleteDraft.of(programmes, title);
        PartnerCitySummary poznan = programmes.activePartnerCities().stream()
                .filter(c -> c.name().equals("Poznań"))
                .findFirst()
                .orElseThrow();
        d.setPartnerCityId(poznan.id());
        d.setTravelModePartner(TravelMode.TRAIN);
        d.setPartnerOrganisation("Teatr Ósmego Dnia");
        applications.saveDraft(id, d);
        attachments.add(id, "Einladung Poznań.pdf", SampleFiles.pdf());
        return applications.submit(id, language);
    }

    @Test
    void the_german_receipt_holds_every_entry_with_polish_letters() throws IOException {
        ApplicationSummary submitted = submitWithPoznan(ANNA, Locale.GERMAN, "Klangbrücke Hannover–Poznań");

        byte[] pdf = applications.receipt(submitted.id()).orElseThrow();
        // kept beside the browser tests' screenshots, for a person to look at
        Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("receipt-de.pdf"), pdf);
        String text = text(pdf);

        assertThat(text)
                .contains(
                        "Eingangsbestätigung",
                        submitted.referenceNumber(),
                        "Klangbrücke Hannover–Poznań",
                        "Poznań (Polen)",
                        "Teatr Ósmego Dnia",
                        "Internationale Kulturprojekte",
                        "Anna Antrag",
                        "Einladung Poznań.pdf",
                        "Reisekosten",
                        "nicht förderfähig",
                        "2.300,00 €",
                        "Bahn",
                        "Musik");
    }

    @Test
    void the_english_receipt_is_in_english() throws IOException {
        ApplicationSummary submitted = submitWithPoznan(BEN, Locale.ENGLISH, TestApplications.uniqueTitle("Brass"));

        String text = text(applications.receipt(submitted.id()).orElseThrow());

        assertThat(text)
                .contains(
                        "Receipt of your application",
                        submitted.referenceNumber(),
                        "International culture projects",
                        "Travel",
                        "not eligible",
                        "€2,300.00",
                        "Train",
                        "Poznań")
                .doesNotContain("Eingangsbestätigung");
    }

    @Test
    void a_draft_has_no_receipt_and_another_applicant_cannot_fetch_one() {
        ApplicationSummary submitted = submitWithPoznan(ANNA, Locale.GERMAN, TestApplications.uniqueTitle("Private"));
        long draft =
                applications.createDraft(testApplications.internationalCulture().id());
        assertThat(applications.receipt(draft)).isEmpty();
        assertThat(applications.hasReceipt(draft)).isFalse();
        assertThat(applications.hasReceipt(submitted.id())).isTrue();
        users.run(
                BEN,
                () -> assertThatThrownBy(() -> applications.receipt(submitted.id()))
                        .isInstanceOf(AccessDeniedException.class));
        users.run(
                BEN,
                () -> assertThatThrownBy(() -> applications.hasReceipt(submitted.id()))
                        .isInstanceOf(AccessDeniedException.class));
    }
}
