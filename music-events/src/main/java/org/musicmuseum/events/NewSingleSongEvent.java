package org.musicmuseum.events;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new single song was posted; {@code song_duration} is in seconds. */
@JsonbPropertyOrder({"traceId", "songId", "songName", "artistName", "songDuration"})
public record NewSingleSongEvent(
    @JsonbProperty("trace_id") @NotNull @Pattern(regexp = Limits.UUID_PATTERN) String traceId,
    @JsonbProperty("song_id") @NotNull @Min(1) @Max(Limits.MAX_ID) Long songId,
    @JsonbProperty("song_name") @NotBlank @Size(max = Limits.MAX_NAME_LENGTH) String songName,
    @JsonbProperty("artist_name") @NotBlank @Size(max = Limits.MAX_NAME_LENGTH) String artistName,
    @JsonbProperty("song_duration")
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(Limits.MAX_SONG_DURATION)
        Double songDuration)
    implements MusicEvent {

  @Override
  public EventType type() {
    return EventType.NEW_SINGLE_SONG;
  }
}
