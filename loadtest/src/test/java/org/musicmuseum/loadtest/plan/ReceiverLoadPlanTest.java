package org.musicmuseum.loadtest.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventType;
import org.w3c.dom.Element;

/** What could break in src/test/jmeter/receiver-load.jmx, checked without running JMeter. */
class ReceiverLoadPlanTest {

  private static final ReceiverParser RECEIVER = new ReceiverParser();
  private static final int VARIANTS = 60;
  private static final String JSON = "application/json";

  private final JmxPlan plan = JmxPlan.load(JmxPlan.RECEIVER_LOAD);
  private final List<ClientKind> kinds = ClientKind.of(plan);
  private final Map<String, String> mix = plan.arguments("request mix");
  private final Element clients = plan.named("OpenModelThreadGroup", "clients");
  private final Map<String, String> clientHeaders =
      Headers.of(plan.named("HeaderManager", "client headers"));
  private final PlanValues values =
      new PlanValues(
          plan.arguments("values"),
          PlanValues.userParameters(plan.named("UserParameters", "draw kind and values")));

  @AfterAll
  static void close() {
    RECEIVER.close();
  }

  @Test
  void theOnlyThreadGroupIsAnOpenModelOne() {
    assertThat(plan.all("*").stream().map(e -> e.getAttribute("testclass")))
        .filteredOn(c -> c.endsWith("ThreadGroup"))
        .singleElement()
        .isIn("OpenModelThreadGroup", "org.apache.jmeter.threads.openmodel.OpenModelThreadGroup");
  }

  @Test
  void withTheDefaultPropertiesTheScheduleMakesAtLeast100000Clients() {
    String schedule = JmxPlan.prop(clients, "OpenModelThreadGroup.schedule");

    ArrivalSchedule parsed = ArrivalSchedule.parse(JmxPlan.withProperties(schedule, Map.of()));

    assertThat(parsed.arrivals()).isGreaterThanOrEqualTo(100_000);
  }

  @Test
  void everySamplerPostsToAReceiverEndpoint() {
    String prefix =
        JmxPlan.withProperties(plan.arguments("load properties").get("prefix"), Map.of());
    assertThat(prefix).isEqualTo("/receiver");
    assertThat(kinds).isNotEmpty();
    for (ClientKind kind : kinds) {
      assertThat(kind.path()).as(kind.label()).matches("\\$\\{prefix}/events/\\w+");
      assertThat(EventType.fromWireName(kind.eventName())).as(kind.label()).isPresent();
      assertThat(JmxPlan.prop(kind.sampler(), "HTTPSampler.method")).isEqualTo("POST");
      assertThat(JmxPlan.prop(kind.sampler(), "HTTPSampler.use_keepalive")).isEqualTo("true");
    }
    assertThat(kinds.stream().filter(ClientKind::valid).map(ClientKind::eventName))
        .containsExactlyInAnyOrder("new_album", "new_single_song");
  }

  @Test
  void theSharesOfTheKindsTileEveryDrawAndFewAreInvalid() {
    assertThat(values.variant(0)).containsEntry("draw", "0");
    assertThat(values.variant(1)).containsEntry("draw", "99");
    int covered = 0;
    int invalid = 0;
    for (ClientKind kind : kinds) {
      assertThat(ClientKind.bound(kind.lower(), mix)).as(kind.name()).isEqualTo(covered);
      assertThat(kind.upper()).isEqualTo("${to_" + kind.name() + "}");
      int share = ClientKind.bound(kind.upper(), mix) - covered;
      assertThat(share).as("share of " + kind.name()).isPositive();
      invalid += kind.valid() ? 0 : share;
      covered += share;
    }
    assertThat(covered).as("the shares add up to").isEqualTo(100);
    assertThat(invalid).as("invalid share, percent").isBetween(1, 10);
  }

  @Test
  void validClientsExpect201AndATraceIdAndInvalidOnesTheir4xx() {
    for (ClientKind kind : kinds) {
      Element status = kind.sampler("ResponseAssertion").get(0);
      String code = JmxPlan.prop(status, "Assertion.test_field");
      assertThat(code).isEqualTo("Assertion.response_code");
      String expected = status.getElementsByTagName("stringProp").item(0).getTextContent();
      assertThat(kind.label()).as("the label names the expected status").endsWith(" " + expected);
      boolean assumeSuccess = "true".equals(JmxPlan.prop(status, "Assertion.assume_success"));
      if (kind.valid()) {
        assertThat(assumeSuccess).as(kind.label()).isFalse();
        assertThat(kind.sampler("JSONPathAssertion"))
            .singleElement()
            .satisfies(a -> assertThat(JmxPlan.prop(a, "JSON_PATH")).isEqualTo("$.trace_id"));
      } else {
        assertThat(expected).as(kind.label()).isIn("400", "415");
        assertThat(assumeSuccess).as(kind.label() + " counts its 4xx as a success").isTrue();
      }
    }
    assertThat(kinds.stream().map(ClientKind::label)).doesNotHaveDuplicates();
  }

  @Test
  void everyBodyIsAcceptedOrRefusedByTheReceiversParserAsItsLabelSays() {
    for (ClientKind kind : kinds) {
      EventType type = EventType.fromWireName(kind.eventName()).orElseThrow();
      boolean json = kind.ownContentType().orElse(clientHeaders.get("Content-Type")).equals(JSON);
      for (int k = 0; k < VARIANTS; k++) {
        String body = PlanValues.expand(kind.body(), values.variant(k));
        boolean accepted = RECEIVER.accepts(type, body);
        if (kind.valid() || kind.label().endsWith(" 415")) {
          assertThat(accepted).as(kind.label() + ": " + body).isTrue();
          assertThat(json).as(kind.label() + " is sent as " + JSON).isEqualTo(kind.valid());
        } else {
          assertThat(accepted).as(kind.label() + ": " + body).isFalse();
          assertThat(json).as(kind.label()).isTrue();
        }
      }
    }
  }

  @Test
  void everyClientHasItsOwnIdAndAUserAgentAndTimeouts() {
    assertThat(clientHeaders)
        .containsEntry("X-Client-Id", "${client_id}")
        .containsKey("User-Agent");
    assertThat(values.variant(0).get("client_id")).isNotEqualTo(values.variant(1).get("client_id"));
    assertThat(PlanValues.userParameters(plan.named("UserParameters", "draw kind and values")))
        .hasEntrySatisfying("client_id", e -> assertThat(e).contains("${__UUID()}"));
    Element defaults = plan.named("ConfigTestElement", "HTTP Request Defaults");
    assertThat(JmxPlan.prop(defaults, "HTTPSampler.connect_timeout")).isNotBlank();
    assertThat(JmxPlan.prop(defaults, "HTTPSampler.response_timeout")).isNotBlank();
  }
}
