package org.musicmuseum.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerSettingsTest {

  private static final Map<String, String> CONFIG =
      Map.of(
          "kafka.consumer.max.poll.records", "500",
          "kafka.consumer.group.id", "someone",
          "kafka.consumer.enable.auto.commit", "true",
          "kafka.consumer.client.id", "audit",
          "audit.lookup.consumers", "3");

  private final ConsumerSettings settings =
      new ConsumerSettings(List.copyOf(CONFIG.keySet()), CONFIG::get, "h:1");

  @Test
  void theIndexerReadsWithoutAGroupAndCommitsNothing() {
    assertThat(settings.indexer())
        .containsEntry("bootstrap.servers", "h:1")
        .containsEntry("max.poll.records", "500")
        .containsEntry("enable.auto.commit", "false")
        .containsEntry("client.id", "audit-indexer")
        .doesNotContainKeys("group.id", "audit.lookup.consumers");
  }

  @Test
  void aLookupReadsOneRecordAndNeverJumpsToAnotherOffset() {
    assertThat(settings.lookup(2))
        .containsEntry("max.poll.records", "1")
        .containsEntry("auto.offset.reset", "none")
        .containsEntry("client.id", "audit-lookup-2")
        .doesNotContainKey("group.id");
  }

  @Test
  void aTraceSearchReadsWholeBatchesWithoutAGroup() {
    assertThat(settings.traceSearch(0))
        .containsEntry("max.poll.records", "500")
        .containsEntry("client.id", "audit-trace-0")
        .containsEntry("enable.auto.commit", "false")
        .doesNotContainKey("group.id");
  }
}
