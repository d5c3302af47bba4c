package org.musicmuseum.console.model;

import java.time.Instant;

/**
 * The events of one minute of event time, as processing counts them.
 *
 * @param minute the start of the minute
 * @param albums albums created in that minute
 * @param singles singles created in that minute
 */
public record MinuteCount(Instant minute, long albums, long singles) {}
