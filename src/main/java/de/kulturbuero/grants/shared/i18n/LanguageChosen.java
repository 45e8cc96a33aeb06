package de.kulturbuero.grants.shared.i18n;

/** Published when a user picks a language in the UI; the security module stores it with the account. */
public record LanguageChosen(String language) {}
