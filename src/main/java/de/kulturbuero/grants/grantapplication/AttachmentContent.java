package de.kulturbuero.grants.grantapplication;

/** An attachment's bytes for download, with the name and type it was stored under. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {}
