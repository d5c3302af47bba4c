package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

  @Test
  void theParserRefusesDeepInputTrailingContentAndEmptyBodies() {
    for (String body :
        new String[] {
          "[".repeat(5000) + "]".repeat(5000),
          "{\"a\":".repeat(JsonTree.MAX_DEPTH) + "1" + "}".repeat(JsonTree.MAX_DEPTH) + "x",
          "{\"a\":1}}x",
          "{\"a\":1} {\"b\":2}",
          "{\"a\":{\"b\":1,\"b\":1}}",
          "[1,]",
          "",
          "  "
        }) {
      assertThat(EventParser.readJson(body.getBytes(StandardCharsets.UTF_8)))
          .as(body.length() > 40 ? body.substring(0, 40) : body)
          .isInstanceOf(ParseResult.Invalid.class);
    }
    String deepest = "[".repeat(JsonTree.MAX_DEPTH) + "]".repeat(JsonTree.MAX_DEPTH);
    for (String body : new String[] {" {\"a\":[1,{\"b\":null}]} \n", deepest, "\"x\"", "-5e3"}) {
      assertThat(EventParser.readJson(body.getBytes(StandardCharsets.UTF_8)))
          .as(body)
          .isInstanceOf(ParseResult.Valid.class);
    }
  }
}
