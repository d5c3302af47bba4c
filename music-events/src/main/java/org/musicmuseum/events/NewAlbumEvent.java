package org.musicmuseum.events;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new album was posted. Field names are those of the original system. */
@JsonbPropertyOrder({"traceId", "albumId", "albumName", "artistName", "albumTrackCount"})
public record NewAlbumEvent(
    @JsonbProperty("trace_id") @NotNull @Pattern(regexp = Limits.UUID_PATTERN) String traceId,
    @JsonbProperty("album_id") @NotNull @Min(1) @Max(Limits.MAX_ID) Long albumId,
    @JsonbProperty("album_name") @NotBlank @Size(max = Limits.MAX_NAME_LENGTH) String albumName,
    @JsonbProperty("artist_name") @NotBlank @Size(max = Limits.MAX_NAME_LENGTH) String artistName,
    @JsonbProperty("album_track_count") @NotNull @Min(1) @Max(Limits.MAX_TRACK_COUNT)
        Integer albumTrackCount)
    implements MusicEvent {

  @Override
  public EventType type() {
    return EventType.NEW_ALBUM;
  }
}
