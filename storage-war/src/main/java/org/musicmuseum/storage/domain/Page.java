package org.musicmuseum.storage.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One bounded page of stored events, oldest id first.
 *
 * @param events the rows
 * @param nextCursor pass as {@code cursor} to get the next page; absent on the last page
 */
@JsonbPropertyOrder({"events", "nextCursor"})
public record Page<T>(List<T> events, @JsonbProperty("next_cursor") String nextCursor) {}
