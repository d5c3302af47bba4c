package org.musicmuseum.events;

/**
 * One reason an input was refused.
 *
 * @param field the JSON field (or {@code ""} for the whole document)
 * @param message what is wrong with it, for a person
 */
public record Violation(String field, String message) {}
