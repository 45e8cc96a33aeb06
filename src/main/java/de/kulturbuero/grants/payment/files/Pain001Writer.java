package de.kulturbuero.grants.payment.files;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A payment run as an ISO 20022 pain.001.001.09 SEPA credit transfer: one payment information
 * block (batch booking, service level SEPA, charges shared as SEPA requires) with one transaction
 * per payment, written from the standard's model classes (prowide) rather than by hand, so that
 * element order and nesting follow the schema. Every text goes through {@link SepaText}.
 */
public class Pain001Writer {

    static final String CURRENCY = "EUR";
    /** ISO's word for a debtor agent whose BIC is not given (the IBAN-only case SEPA allows). */
    static final String NOT_PROVIDED = "NOTPROVIDED";

    private static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    public byte[] write(PaymentRunFile run) {
        List<PaymentFileLine> lines = run.lines();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A payment file needs at least one payment");
        }
        String messageId = SepaText.identifier(run.messageId());
        String count = String.valueOf(lines.size());
        BigDecimal sum =
                lines.stream().map(l -> amount(l.amount(), l.endToEndId())).reduce(BigDecimal.ZERO, BigDecimal::add);
        String debtorName = SepaText.latin(run.debtorName(), SepaText.NAME, NOT_PROVIDED);

        GroupHeader85 header = new GroupHeader85()
                .setMsgId(messageId)
                .setCreDtTm(
                        run.createdAt().atZone(Formats.ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS))
                .setNbOfTxs(count)
                .setCtrlSum(sum)
                .setInitgPty(new PartyIdentification135().setNm(debtorName));

        PaymentInstruction30 instruction = new PaymentInstruction30()
                .setPmtInfId(messageId)
                .setPmtMtd(PaymentMethod3Code.TRF)
                .setBtchBookg(Boolean.TRUE)
                .setNbOfTxs(count)
                .setCtrlSum(sum)
                .setPmtTpInf(new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice().setCd("SEPA")))
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(run.executionDate()))
                .setDbtr(new PartyIdentification135().setNm(debtorName))
                .setDbtrAcct(account(run.debtorIban()))
                .setDbtrAgt(debtorAgent(run.debtorBic()))
                .setChrgBr(ChargeBearerType1Code.SLEV);
        for (PaymentFileLine line : lines) {
            instruction.addCdtTrfTxInf(transaction(line));
        }

        MxPain00100109 message = new MxPain00100109()
                .setCstmrCdtTrfInitn(new CustomerCreditTransferInitiationV09()
                        .setGrpHdr(header)
                        .addPmtInf(instruction));
        MxWriteConfiguration config = new MxWriteConfiguration();
        // the Document in the default namespace, as banks' validators and the examples of the guidelines have it
        config.documentPrefix = null;
        config.includeXMLDeclaration = true;
        return message.message(config).getBytes(StandardCharsets.UTF_8);
    }

    private static CreditTransferTransaction34 transaction(PaymentFileLine line) {
        CreditTransferTransaction34 tx = new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6().setEndToEndId(SepaText.identifier(line.endToEndId())))
                .setAmt(new AmountType4Choice()
                        .setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                                .setCcy(CURRENCY)
                                .setValue(amount(line.amount(), line.endToEndId()))));
        String bic = normal(line.bic());
        if (!bic.isEmpty()) {
            tx.setCdtrAgt(new BranchAndFinancialInstitutionIdentification6()
                    .setFinInstnId(new FinancialInstitutionIdentification18().setBICFI(bic)));
        }
        tx.setCdtr(new PartyIdentification135().setNm(SepaText.latin(line.payeeName(), SepaText.NAME, NOT_PROVIDED)))
                .setCdtrAcct(account(line.iban()));
        String purpose = SepaText.latin(line.purpose(), SepaText.REMITTANCE);
        if (!purpose.isEmpty()) {
            tx.setRmtInf(new RemittanceInformation16().addUstrd(purpose));
        }
        return tx;
    }

    /**
     * The amount with exactly two decimals. An amount with more (a fraction of a cent) is refused
     * rather than rounded: the file must pay what was ordered, to the cent.
     */
    static BigDecimal amount(BigDecimal amount, String endToEndId) {
        if (amount == null || amount.compareTo(MIN_AMOUNT) < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException(
                    "Payment " + endToEndId + ": amount " + amount + " is outside the SEPA range 0.01 to 999999999.99");
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "Payment " + endToEndId + ": amount " + amount + " has fractions of a cent", e);
        }
    }

    private static CashAccount38 account(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(normal(iban)));
    }

    private static BranchAndFinancialInstitutionIdentification6 debtorAgent(String bic) {
        String normal = normal(bic);
        FinancialInstitutionIdentification18 id = normal.isEmpty()
                ? new FinancialInstitutionIdentification18()
                        .setOthr(new GenericFinancialIdentification1().setId(NOT_PROVIDED))
                : new FinancialInstitutionIdentification18().setBICFI(normal);
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(id);
    }

    /** IBAN and BIC as the schema's patterns take them: upper case, without spaces. */
    private static String normal(String code) {
        return code == null ? "" : code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
