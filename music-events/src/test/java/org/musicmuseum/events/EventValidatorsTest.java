package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class EventValidatorsTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private final Validator validator = EventValidators.from(FACTORY);

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  @Test
  void stillChecksEveryConstraint() {
    var album = new NewAlbumEvent("not-a-uuid", 0L, " ", "x".repeat(1000), 0);
    assertThat(validator.validate(album))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder(
            "traceId", "albumId", "albumName", "artistName", "albumTrackCount");
  }

  @Test
  void acceptsAValidEvent() {
    var single = new NewSingleSongEvent(TraceIds.random(), 3L, "So What", "Miles Davis", 562.5);
    assertThat(validator.validate(single)).extracting(ConstraintViolation::getMessage).isEmpty();
  }
}
