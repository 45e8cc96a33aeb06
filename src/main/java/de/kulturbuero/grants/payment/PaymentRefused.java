package de.kulturbuero.grants.payment;

import java.util.List;

/** A payment action the rules refuse; the view shows each problem translated at its field. */
public class PaymentRefused extends RuntimeException {

    private final List<PaymentProblem> problems;

    public PaymentRefused(List<PaymentProblem> problems) {
        super("Payment action refused: "
                + problems.stream().map(PaymentProblem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public PaymentRefused(String field, String messageKey, Object... args) {
        this(List.of(new PaymentProblem(field, messageKey, args)));
    }

    public List<PaymentProblem> problems() {
        return problems;
    }
}
