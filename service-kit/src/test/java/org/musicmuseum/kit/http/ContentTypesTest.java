package org.musicmuseum.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

  @Test
  void acceptsMediaTypesWithUtf8OrNoCharset() {
    for (String ok :
        new String[] {
          "application/json",
          "application/x-ndjson",
          "application/json; charset=utf-8",
          "application/json;charset=\"UTF-8\"",
          "application/json; charset=UTF8",
          "text/plain; format=flowed",
          "multipart/form-data; boundary=x"
        }) {
      assertThat(ContentTypes.problemWith(ok)).as(ok).isEmpty();
    }
    assertThat(ContentTypes.problemWith(null)).isEmpty();
  }

  @Test
  void refusesWhatIsNotAMediaTypeOrNotUtf8() {
    for (String bad :
        new String[] {
          "nonsense",
          "",
          "application/",
          "/json",
          "application/json/extra",
          "application/json; charset",
          "application/json; =x",
          "application/json; charset=klingon",
          "application/json; charset=utf-16",
          "application/json; charset=\"latin1\"",
          "appli cation/json"
        }) {
      assertThat(ContentTypes.problemWith(bad)).as(bad).isPresent();
    }
  }
}
