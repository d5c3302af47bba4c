package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * The page documents of storage's {@code GET /events/…}: {@code {"events": […], "next_cursor"}}.
 */
public final class WirePages {

  private WirePages() {}

  /** What both pages hold. */
  public interface WirePage<T extends StoredRow> {
    List<T> events();

    String nextCursor();
  }

  /** A page of albums; {@code nextCursor} is absent on the last page. */
  public record AlbumPage(List<AlbumRow> events, @JsonbProperty("next_cursor") String nextCursor)
      implements WirePage<AlbumRow> {}

  /** A page of singles; {@code nextCursor} is absent on the last page. */
  public record SinglePage(List<SingleRow> events, @JsonbProperty("next_cursor") String nextCursor)
      implements WirePage<SingleRow> {}
}
