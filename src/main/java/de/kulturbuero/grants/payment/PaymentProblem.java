package de.kulturbuero.grants.payment;

/**
 * One reason a payment action was refused: a resource-bundle key with its arguments and the form
 * field it belongs to (null: the whole form).
 */
public record PaymentProblem(String field, String messageKey, Object... args) {}
