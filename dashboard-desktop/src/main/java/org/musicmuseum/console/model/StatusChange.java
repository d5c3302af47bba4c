package org.musicmuseum.console.model;

import java.time.Instant;

/**
 * A change the console saw: a service went from one status to another between two reads.
 *
 * @param seenAt when the console saw it
 * @param service the service's name
 * @param from the status before ({@code —} when the console had not seen the service yet)
 * @param to the status now
 * @param detail the health service's note, or why the console could not read the statuses
 */
public record StatusChange(Instant seenAt, String service, String from, String to, String detail) {}
