package org.musicmuseum.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.musicmuseum.audit.domain.AuditRecord;
import org.musicmuseum.audit.index.LogPosition;
import org.musicmuseum.audit.service.AuditReader;
import org.musicmuseum.events.EventType;
import org.musicmuseum.kit.http.Problem;

class AnswersTest {

  private static Response responseTo(AuditReader.Answer answer) {
    try {
      Answers.eventOrProblem(answer, EventType.NEW_ALBUM, 30, 5);
      throw new AssertionError("expected a problem for " + answer);
    } catch (WebApplicationException e) {
      assertThat(e.getResponse().getMediaType().toString()).isEqualTo("application/problem+json");
      return e.getResponse();
    }
  }

  @Test
  void anEventIsTheAnswer() {
    AuditRecord record = new AuditRecord(JsonValue.EMPTY_JSON_OBJECT, 0, 1, "t");
    assertThat(Answers.eventOrProblem(new AuditReader.Event(record), EventType.NEW_ALBUM, 0, 5))
        .isSameAs(record);
  }

  @Test
  void pastTheEndIsNotFound() {
    Response response = responseTo(new AuditReader.PastEnd(30));
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getHeaderString("Retry-After")).isNull();
  }

  @Test
  void catchingUpAndASilentKafkaAreRetryLater() {
    for (AuditReader.Answer answer :
        new AuditReader.Answer[] {
          new AuditReader.CatchingUp(12), new AuditReader.Unavailable("no answer")
        }) {
      Response response = responseTo(answer);
      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    }
  }

  @Test
  void anEventRetentionRemovedIsGone() {
    Response response = responseTo(new AuditReader.Gone(new LogPosition(1, 3)));
    assertThat(response.getStatus()).isEqualTo(410);
    assertThat(((Problem) response.getEntity()).detail()).contains("partition 1, offset 3");
  }
}
