package de.kulturbuero.grants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.programme.PaymentMode;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Keys built from enum names (categories, travel modes, steps, statuses, payment modes) exist in both languages. */
class EnumTranslationsTest {

    @Test
    void every_enum_label_and_timeline_text_has_an_english_and_a_german_translation() throws Exception {
        List<String> keys = new ArrayList<>();
        for (ProjectCategory c : ProjectCategory.values()) keys.add(c.messageKey());
        for (TravelMode m : TravelMode.values()) keys.add(m.messageKey());
        for (CostCategory c : CostCategory.values()) keys.add(c.messageKey());
        for (IncomeKind k : IncomeKind.values()) keys.add(k.messageKey());
        for (FundingStatus s : FundingStatus.values()) keys.add(s.messageKey());
        for (WizardStep s : WizardStep.values()) keys.add(s.messageKey());
        for (ApplicationStatus s : ApplicationStatus.values()) keys.add(s.messageKey());
        for (PaymentMode m : PaymentMode.values()) keys.add(m.messageKey());
        for (String bundle : List.of("translations.properties", "translations_de.properties")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).as(bundle).allSatisfy(k -> assertThat(p).containsKey(k));
        }
    }
}
