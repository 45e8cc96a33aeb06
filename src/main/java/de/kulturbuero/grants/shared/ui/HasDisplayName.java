package de.kulturbuero.grants.shared.ui;

/** A signed-in principal that has a human-readable name for the page header. */
public interface HasDisplayName {

    String displayName();
}
