package de.kulturbuero.grants.finalreport;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of a final report as the form edits it and the service saves it: the narrative
 * report, the lines of the figures (the plan's lines with their planned amounts, and lines the
 * recipient adds) and the receipts, each booked to a line by its index in {@link #getLines()}.
 * {@link #getVersion()} is the version the form loaded: a save from a stale tab is refused.
 */
public class ReportDraft implements Serializable {

    /** Cost or income line. */
    public enum Kind {
        COST,
        INCOME;

        public String messageKey() {
            return "finalreport.kind." + name();
        }
    }

    /** One line of the figures; a plan line has a {@link #getPlanPosition()} and a planned amount. */
    public static class Line implements Serializable {

        private Kind kind;
        private Integer planPosition;
        private String category;
        private String label;
        private boolean eligible = true;
        private BigDecimal planned;
        private BigDecimal actual;

        public Line() {}

        public Line(
                Kind kind,
                Integer planPosition,
                String category,
                String label,
                boolean eligible,
                BigDecimal planned,
                BigDecimal actual) {
            this.kind = kind;
            this.planPosition = planPosition;
            this.category = category;
            this.label = label;
            this.eligible = eligible;
            this.planned = planned;
            this.actual = actual;
        }

        /** A line the recipient adds (the plan did not have it). */
        public static Line added(Kind kind) {
            return new Line(kind, null, null, null, true, null, null);
        }

        /** The bundle key of the category: a cost category or an income kind of the financing plan. */
        public String categoryKey() {
            return category == null
                    ? null
                    : (kind == Kind.INCOME ? "grantapplication.income." : "grantapplication.cost.") + category;
        }

        public boolean isPlanLine() {
            return planPosition != null;
        }

        public Kind getKind() {
            return kind;
        }

        public void setKind(Kind kind) {
            this.kind = kind;
        }

        public Integer getPlanPosition() {
            return planPosition;
        }

        public void setPlanPosition(Integer planPosition) {
            this.planPosition = planPosition;
        }

        /** The name of a {@code CostCategory} or an {@code IncomeKind}. */
        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isEligible() {
            return eligible;
        }

        public void setEligible(boolean eligible) {
            this.eligible = eligible;
        }

        public BigDecimal getPlanned() {
            return planned;
        }

        public void setPlanned(BigDecimal planned) {
            this.planned = planned;
        }

        public BigDecimal getActual() {
            return actual;
        }

        public void setActual(BigDecimal actual) {
            this.actual = actual;
        }
    }

    /** One receipt of the list; in a foreign currency with its original amount, rate and the rate's source. */
    public static class Receipt implements Serializable {

        private LocalDate date;
        private String payee;
        private String purpose;
        private Integer line;
        private String currency = FinalReportRules.EUR;
        private BigDecimal originalAmount;
        private BigDecimal rate;
        private String rateSource;
        private BigDecimal amountEur;

        public Receipt() {}

        public Receipt(LocalDate date, String payee, String purpose, Integer line, BigDecimal amountEur) {
            this.date = date;
            this.payee = payee;
            this.purpose = purpose;
            this.line = line;
            this.amountEur = amountEur;
        }

        /** The same receipt in a foreign currency. */
        public Receipt foreign(String currency, BigDecimal originalAmount, BigDecimal rate, String rateSource) {
            this.currency = currency;
            this.originalAmount = originalAmount;
            this.rate = rate;
            this.rateSource = rateSource;
            return this;
        }

        public boolean isForeign() {
            return currency != null && !FinalReportRules.EUR.equals(currency);
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getPayee() {
            return payee;
        }

        public void setPayee(String payee) {
            this.payee = payee;
        }

        public String getPurpose() {
            return purpose;
        }

        public void setPurpose(String purpose) {
            this.purpose = purpose;
        }

        /** The index of the line in {@link ReportDraft#getLines()} this receipt is booked to. */
        public Integer getLine() {
            return line;
        }

        public void setLine(Integer line) {
            this.line = line;
        }

        /** ISO 4217 code; EUR unless the receipt is in another currency. */
        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public BigDecimal getOriginalAmount() {
            return originalAmount;
        }

        public void setOriginalAmount(BigDecimal originalAmount) {
            this.originalAmount = originalAmount;
        }

        /** Euros per unit of the currency. */
        public BigDecimal getRate() {
            return rate;
        }

        public void setRate(BigDecimal rate) {
            this.rate = rate;
        }

        public String getRateSource() {
            return rateSource;
        }

        public void setRateSource(String rateSource) {
            this.rateSource = rateSource;
        }

        public BigDecimal getAmountEur() {
            return amountEur;
        }

        public void setAmountEur(BigDecimal amountEur) {
            this.amountEur = amountEur;
        }
    }

    private long version;
    private Boolean carriedOutAsPlanned;
    private String changes;
    private LocalDate actualStart;
    private LocalDate actualEnd;
    private String place;
    private Integer participantsLocal;
    private Integer participantsPartner;
    private Long partnerCityId;
    private String partnerContribution;
    private String publicity;
    private List<Line> lines = new ArrayList<>();
    private List<Receipt> receipts = new ArrayList<>();
    private boolean declaredEconomical;
    private boolean declaredReceiptsKept;

    /**
     * Removes a line the recipient added (plan lines stay); receipts booked to it lose their line,
     * those booked to later lines follow them to their new index.
     */
    public void removeLine(int index) {
        if (lines.get(index).isPlanLine()) {
            throw new IllegalArgumentException("A line of the plan cannot be removed");
        }
        lines.remove(index);
        for (Receipt r : receipts) {
            if (r.getLine() != null && r.getLine() == index) {
                r.setLine(null);
            } else if (r.getLine() != null && r.getLine() > index) {
                r.setLine(r.getLine() - 1);
            }
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Boolean getCarriedOutAsPlanned() {
        return carriedOutAsPlanned;
    }

    public void setCarriedOutAsPlanned(Boolean carriedOutAsPlanned) {
        this.carriedOutAsPlanned = carriedOutAsPlanned;
    }

    /** What changed against the plan, and why. */
    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = changes;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getParticipantsLocal() {
        return participantsLocal;
    }

    public void setParticipantsLocal(Integer participantsLocal) {
        this.participantsLocal = participantsLocal;
    }

    public Integer getParticipantsPartner() {
        return participantsPartner;
    }

    public void setParticipantsPartner(Integer participantsPartner) {
        this.participantsPartner = participantsPartner;
    }

    /** The partner city the partner participants came from. */
    public Long getPartnerCityId() {
        return partnerCityId;
    }

    public void setPartnerCityId(Long partnerCityId) {
        this.partnerCityId = partnerCityId;
    }

    public String getPartnerContribution() {
        return partnerContribution;
    }

    public void setPartnerContribution(String partnerContribution) {
        this.partnerContribution = partnerContribution;
    }

    public String getPublicity() {
        return publicity;
    }

    public void setPublicity(String publicity) {
        this.publicity = publicity;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    public List<Receipt> getReceipts() {
        return receipts;
    }

    public void setReceipts(List<Receipt> receipts) {
        this.receipts = receipts;
    }

    /** The funds were used economically and only for the purpose of the grant. */
    public boolean isDeclaredEconomical() {
        return declaredEconomical;
    }

    public void setDeclaredEconomical(boolean declaredEconomical) {
        this.declaredEconomical = declaredEconomical;
    }

    /** The receipts are kept for the retention period. */
    public boolean isDeclaredReceiptsKept() {
        return declaredReceiptsKept;
    }

    public void setDeclaredReceiptsKept(boolean declaredReceiptsKept) {
        this.declaredReceiptsKept = declaredReceiptsKept;
    }
}
