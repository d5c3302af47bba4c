package org.musicmuseum.receiver.rest.doc;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.musicmuseum.events.Limits;

/** OpenAPI description of a new-album body (the receiver reads it as JSON and checks it). */
@Schema(name = "NewAlbum", description = "A new album. Unknown fields are refused.")
public record AlbumRequest(
    @JsonbProperty("album_id")
        @Schema(required = true, minimum = "1", maximum = "9007199254740991", example = "7")
        long albumId,
    @JsonbProperty("album_name")
        @Schema(required = true, maxLength = Limits.MAX_NAME_LENGTH, example = "Kind of Blue")
        String albumName,
    @JsonbProperty("artist_name")
        @Schema(required = true, maxLength = Limits.MAX_NAME_LENGTH, example = "Miles Davis")
        String artistName,
    @JsonbProperty("album_track_count")
        @Schema(required = true, minimum = "1", maximum = "1000", example = "5")
        int albumTrackCount) {}
