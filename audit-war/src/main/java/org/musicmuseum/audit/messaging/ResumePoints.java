package org.musicmuseum.audit.messaging;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.musicmuseum.audit.index.IndexStore;

/**
 * Where the indexer resumes in each partition: after the highest indexed offset (records after it
 * that were not valid events are simply read and skipped again), or at the beginning of a partition
 * the index has nothing from. An index that points past the end of the log describes another log
 * (the topic was recreated): it is cleared and rebuilt from the beginning.
 */
final class ResumePoints {

  private static final Logger LOG = Logger.getLogger(ResumePoints.class.getName());

  private ResumePoints() {}

  static void seek(
      Consumer<byte[], byte[]> consumer,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> ends,
      IndexStore store)
      throws IOException {
    Map<Integer, Long> next = store.index().nextOffsets();
    if (!describesThisLog(next, ends)) {
      LOG.warning(
          () ->
              "The index file points past the end of the log (was the topic recreated?);"
                  + " rebuilding it from the beginning of the log. Indices may change.");
      store.clear();
      next = Map.of();
    }
    for (TopicPartition tp : partitions) {
      Long offset = next.get(tp.partition());
      if (offset == null) {
        consumer.seekToBeginning(List.of(tp));
      } else {
        consumer.seek(tp, offset);
      }
    }
  }

  /** False when an indexed partition is gone or its next offset is past the log's end. */
  static boolean describesThisLog(Map<Integer, Long> next, Map<TopicPartition, Long> ends) {
    return next.entrySet().stream()
        .allMatch(
            e ->
                ends.entrySet().stream()
                    .anyMatch(
                        end ->
                            end.getKey().partition() == e.getKey()
                                && end.getValue() != null
                                && end.getValue() >= e.getValue()));
  }
}
