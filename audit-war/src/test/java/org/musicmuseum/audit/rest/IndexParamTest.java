package org.musicmuseum.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;
import org.musicmuseum.kit.http.Problem;

class IndexParamTest {

  @Test
  void acceptsAWholeNumberFromZero() {
    assertThat(IndexParam.parse("0")).isZero();
    assertThat(IndexParam.parse(" 1000000 ")).isEqualTo(1_000_000L);
  }

  @Test
  void refusesAMissingNegativeOrNonNumericIndexByName() {
    for (String bad :
        new String[] {null, "", " ", "-1", "abc", "1.5", "1e3", "99999999999999999999"}) {
      assertThatThrownBy(() -> IndexParam.parse(bad))
          .as("index=%s", bad)
          .isInstanceOfSatisfying(
              WebApplicationException.class,
              e -> {
                assertThat(e.getResponse().getStatus()).isEqualTo(400);
                assertThat(e.getResponse().getMediaType().toString())
                    .isEqualTo("application/problem+json");
                Problem problem = (Problem) e.getResponse().getEntity();
                assertThat(problem.violations())
                    .singleElement()
                    .extracting("field")
                    .isEqualTo("index");
              });
    }
  }
}
