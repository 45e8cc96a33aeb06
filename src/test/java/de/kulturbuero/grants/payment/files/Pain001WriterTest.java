package de.kulturbuero.grants.payment.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The SEPA file against the official ISO 20022 schema, and the SEPA rules the schema does not know. */
class Pain001WriterTest {

    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static Schema schema;

    private final Pain001Writer writer = new Pain001Writer();

    @BeforeAll
    static void loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(Pain001WriterTest.class.getResource("/iso20022/pain.001.001.09.xsd"));
    }

    private static PaymentRunFile run(List<PaymentFileLine> lines) {
        return new PaymentRunFile(
                "KB20261204101530A1B2C3D4E5",
                Instant.parse("2026-12-04T09:15:30.123Z"),
                LocalDate.of(2026, 12, 7),
                "Stadt Hannover Kulturbüro",
                "DE89 3704 0044 0532 0130 00",
                "COBADEFFXXX",
                lines);
    }

    private static List<PaymentFileLine> threePayments() {
        return List.of(
                new PaymentFileLine(
                        "IK-2026-0042-Z1",
                        "Städtepartnerschaftsverein Görlitz e.V.",
                        "DE02120300000000202051",
                        "BYLADEM1001",
                        new BigDecimal("1500"),
                        "IK-2026-0042 Zuwendung Kulturbüro Zahlung 1",
                        "25.2.01",
                        "531800",
                        "KST-4711"),
                new PaymentFileLine(
                        "IK-2026-0043-Z2",
                        "Jugendförderung Łódź & Partner",
                        "PL61109010140000071219812874",
                        null,
                        new BigDecimal("249.99"),
                        "IK-2026-0043 Zuwendung Kulturbüro Zahlung 2",
                        "25.2.01",
                        "531800",
                        "KST-4711"),
                new PaymentFileLine(
                        "IK-2026-0044-Z1",
                        "Café Élysée",
                        "FR1420041010050500013M02606",
                        "",
                        new BigDecimal("0.01"),
                        "IK-2026-0044 Zuwendung Kulturbüro Zahlung 1",
                        "25.2.02",
                        "531810",
                        "KST-4712"));
    }

    @Test
    void the_file_is_valid_against_the_official_pain_001_001_09_schema() throws Exception {
        byte[] xml = writer.write(run(threePayments()));

        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("xmlns=\"" + NS + "\"");
    }

    @Test
    void the_schema_check_rejects_a_broken_file() throws Exception {
        String xml = new String(writer.write(run(threePayments())), StandardCharsets.UTF_8);
        // proves that the validation really runs against the schema: a count that is no number, an amount
        // with six decimals (the schema allows five), a transaction without EndToEndId
        for (String broken : List.of(
                xml.replaceFirst("<NbOfTxs>3</NbOfTxs>", "<NbOfTxs>drei</NbOfTxs>"),
                xml.replaceFirst(">1500.00<", ">1500.000001<"),
                xml.replaceFirst("<EndToEndId>IK-2026-0042-Z1</EndToEndId>", ""))) {
            assertThat(broken).isNotEqualTo(xml);
            assertThatThrownBy(() -> schema.newValidator()
                            .validate(new StreamSource(
                                    new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))))
                    .isInstanceOf(SAXException.class);
        }
    }

    @Test
    void count_and_control_sum_match_the_payments_in_header_and_payment_information() throws Exception {
        Document doc = parse(writer.write(run(threePayments())));

        assertThat(text(doc, "/Document/CstmrCdtTrfInitn/GrpHdr/NbOfTxs")).isEqualTo("3");
        assertThat(text(doc, "/Document/CstmrCdtTrfInitn/GrpHdr/CtrlSum")).isEqualTo("1750.00");
        assertThat(count(doc, "/Document/CstmrCdtTrfInitn/PmtInf")).isEqualTo(1);
        assertThat(text(doc, "/Document/CstmrCdtTrfInitn/PmtInf/NbOfTxs")).isEqualTo("3");
        assertThat(text(doc, "/Document/CstmrCdtTrfInitn/PmtInf/CtrlSum")).isEqualTo("1750.00");
        assertThat(count(doc, "//CdtTrfTxInf")).isEqualTo(3);
        BigDecimal sum = BigDecimal.ZERO;
        for (String amount : texts(doc, "//CdtTrfTxInf/Amt/InstdAmt")) {
            sum = sum.add(new BigDecimal(amount));
        }
        assertThat(sum).isEqualByComparingTo("1750.00");
    }

    @Test
    void every_amount_and_control_sum_has_exactly_two_decimals_in_euro() throws Exception {
        Document doc = parse(writer.write(run(threePayments())));

        assertThat(texts(doc, "//InstdAmt")).containsExactly("1500.00", "249.99", "0.01");
        assertThat(texts(doc, "//CtrlSum")).allMatch(s -> s.matches("\\d+\\.\\d{2}"));
        assertThat(texts(doc, "//InstdAmt/@Ccy")).containsOnly("EUR");
    }

    @Test
    void an_amount_with_fractions_of_a_cent_or_outside_the_sepa_range_is_refused() {
        for (String amount : List.of("10.005", "0", "0.001", "-5.00", "1000000000.00")) {
            List<PaymentFileLine> lines = new ArrayList<>(threePayments());
            PaymentFileLine first = lines.getFirst();
            lines.set(
                    0,
                    new PaymentFileLine(
                            first.endToEndId(),
                            first.payeeName(),
                            first.iban(),
                            first.bic(),
                            new BigDecimal(amount),
                            first.purpose(),
                            first.product(),
                            first.account(),
                            first.costCentre()));
            assertThatThrownBy(() -> writer.write(run(lines)))
                    .as(amount)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("IK-2026-0042-Z1");
        }
    }

    @Test
    void a_run_without_payments_is_refused() {
        assertThatThrownBy(() -> writer.write(run(List.of()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sepa_batch_booking_service_level_and_charges_are_set() throws Exception {
        Document doc = parse(writer.write(run(threePayments())));

        String pmtInf = "/Document/CstmrCdtTrfInitn/PmtInf";
        assertThat(text(doc, pmtInf + "/PmtMtd")).isEqualTo("TRF");
        assertThat(text(doc, pmtInf + "/BtchBookg")).isEqualTo("true");
        assertThat(text(doc, pmtInf + "/PmtTpInf/SvcLvl/Cd")).isEqualTo("SEPA");
        assertThat(text(doc, pmtInf + "/ReqdExctnDt/Dt")).isEqualTo("2026-12-07");
        assertThat(text(doc, pmtInf + "/ChrgBr")).isEqualTo("SLEV");
        assertThat(text(doc, "/Document/CstmrCdtTrfInitn/GrpHdr/MsgId")).isEqualTo("KB20261204101530A1B2C3D4E5");
        assertThat(text(doc, "/Document/CstmrCdtTrfInitn/GrpHdr/CreDtTm")).startsWith("2026-12-04T10:15:30");
    }

    @Test
    void the_debtor_is_the_city_account_from_the_run() throws Exception {
        Document doc = parse(writer.write(run(threePayments())));

        String pmtInf = "/Document/CstmrCdtTrfInitn/PmtInf";
        assertThat(text(doc, pmtInf + "/Dbtr/Nm")).isEqualTo("Stadt Hannover Kulturbuero");
        assertThat(text(doc, "/Document/CstmrCdtTrfInitn/GrpHdr/InitgPty/Nm")).isEqualTo("Stadt Hannover Kulturbuero");
        assertThat(text(doc, pmtInf + "/DbtrAcct/Id/IBAN")).isEqualTo("DE89370400440532013000");
        assertThat(text(doc, pmtInf + "/DbtrAgt/FinInstnId/BICFI")).isEqualTo("COBADEFFXXX");
    }

    @Test
    void a_debtor_without_bic_is_marked_not_provided_and_stays_valid() throws Exception {
        PaymentRunFile noBic = new PaymentRunFile(
                "KB1",
                Instant.parse("2026-12-04T09:15:30Z"),
                LocalDate.of(2026, 12, 7),
                "Stadt",
                "DE89370400440532013000",
                null,
                threePayments());
        byte[] xml = writer.write(noBic);

        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        Document doc = parse(xml);
        assertThat(text(doc, "//PmtInf/DbtrAgt/FinInstnId/Othr/Id")).isEqualTo("NOTPROVIDED");
        assertThat(count(doc, "//PmtInf/DbtrAgt/FinInstnId/BICFI")).isZero();
    }

    @Test
    void each_transaction_carries_end_to_end_id_creditor_iban_optional_bic_and_purpose() throws Exception {
        Document doc = parse(writer.write(run(threePayments())));

        assertThat(texts(doc, "//CdtTrfTxInf/PmtId/EndToEndId"))
                .containsExactly("IK-2026-0042-Z1", "IK-2026-0043-Z2", "IK-2026-0044-Z1");
        assertThat(texts(doc, "//CdtTrfTxInf/CdtrAcct/Id/IBAN"))
                .containsExactly(
                        "DE02120300000000202051", "PL61109010140000071219812874", "FR1420041010050500013M02606");
        // only the first payee gave a BIC; an empty BIC writes no creditor agent at all
        assertThat(count(doc, "//CdtTrfTxInf/CdtrAgt")).isEqualTo(1);
        assertThat(text(doc, "//CdtTrfTxInf[1]/CdtrAgt/FinInstnId/BICFI")).isEqualTo("BYLADEM1001");
        assertThat(texts(doc, "//CdtTrfTxInf/RmtInf/Ustrd"))
                .containsExactly(
                        "IK-2026-0042 Zuwendung Kulturbuero Zahlung 1",
                        "IK-2026-0043 Zuwendung Kulturbuero Zahlung 2",
                        "IK-2026-0044 Zuwendung Kulturbuero Zahlung 1");
    }

    @Test
    void umlauts_and_other_letters_are_transliterated_and_every_text_is_in_the_sepa_latin_set() throws Exception {
        byte[] xml = writer.write(run(threePayments()));
        Document doc = parse(xml);

        assertThat(texts(doc, "//CdtTrfTxInf/Cdtr/Nm"))
                .containsExactly(
                        "Staedtepartnerschaftsverein Goerlitz e.V.", "Jugendfoerderung Lodz + Partner", "Cafe Elysee");
        assertThat(texts(doc, "//*[not(*)]"))
                .allMatch(t -> SepaText.ALLOWED.matcher(t).matches());
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("ä", "ö", "ü", "ß", "Ł", "é", "&amp;");
    }

    @Test
    void names_and_purposes_are_cut_to_the_sepa_lengths() throws Exception {
        PaymentFileLine longOne = new PaymentFileLine(
                "IK-2026-0042-Z1-" + "9".repeat(40),
                "Ö".repeat(50),
                "DE02120300000000202051",
                null,
                new BigDecimal("10.00"),
                "Zweck ".repeat(40),
                "p",
                "a",
                "c");
        byte[] xml = writer.write(run(List.of(longOne)));

        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        Document doc = parse(xml);
        assertThat(text(doc, "//Cdtr/Nm")).hasSize(70);
        assertThat(text(doc, "//RmtInf/Ustrd")).hasSizeLessThanOrEqualTo(140).startsWith("Zweck Zweck");
        assertThat(text(doc, "//EndToEndId")).hasSize(35);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    private static String text(Document doc, String path) throws Exception {
        return XPATH.evaluate(path, doc);
    }

    private static int count(Document doc, String path) throws Exception {
        return ((NodeList) XPATH.evaluate(path, doc, XPathConstants.NODESET)).getLength();
    }

    private static List<String> texts(Document doc, String path) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(path, doc, XPathConstants.NODESET);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            result.add(node.getTextContent());
        }
        return result;
    }
}
