package org.musicmuseum.console.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.musicmuseum.console.model.EventTrace;
import org.musicmuseum.console.model.EventTrace.Counted;
import org.musicmuseum.console.model.EventTrace.Kafka;
import org.musicmuseum.console.model.EventTrace.Stored;

/** Fills the four steps and three hops of the find-an-event timeline from a trace answer. */
final class Timeline {

  private final List<TraceStep> steps;
  private final List<ReadOnlyStringWrapper> hops;

  Timeline(List<TraceStep> steps, List<ReadOnlyStringWrapper> hops) {
    this.steps = steps;
    this.hops = hops;
  }

  void show(EventTrace trace) {
    steps.get(0).show(trace.acceptedAt().isPresent(), trace.acceptedAt(), "by the receiver");
    Kafka kafka = trace.kafka();
    boolean inKafka = kafka.found() || trace.stored().done();
    steps.get(1).show(inKafka, kafka.timestamp(), kafka(kafka));
    Stored stored = trace.stored();
    steps.get(2).show(stored.done(), stored.at(), stored(stored));
    Counted counted = trace.counted();
    steps.get(3).show(counted.done(), counted.at(), counted(counted));
    hop(0, trace.hops().acceptedToKafkaMs());
    hop(1, trace.hops().kafkaToStoredMs());
    hop(2, trace.hops().storedToCountedMs());
  }

  void clear() {
    steps.forEach(TraceStep::clear);
    hops.forEach(h -> h.set("–"));
  }

  private void hop(int index, Optional<Long> ms) {
    hops.get(index).set(ms.map(Formats::millis).orElse("–"));
  }

  private static String kafka(Kafka kafka) {
    List<String> parts = new ArrayList<>();
    kafka.partition().ifPresent(p -> parts.add("partition " + p));
    kafka.offset().ifPresent(o -> parts.add("offset " + Formats.count(o)));
    kafka.reason().ifPresent(parts::add);
    if (parts.isEmpty()) {
      parts.add(kafka.searched() ? "not found in the log" : "the log was not searched");
    }
    return String.join(" · ", parts);
  }

  private static String stored(Stored stored) {
    if (stored.done()) {
      return stored.table().orElse("?")
          + stored.rowId().map(r -> " · row " + Formats.count(r)).orElse("");
    }
    return stored.reason().orElse("not stored yet");
  }

  private static String counted(Counted counted) {
    if (counted.done()) {
      return counted.run().map(r -> "run " + Formats.count(r)).orElse("")
          + counted.reason().map(r -> (counted.run().isPresent() ? " · " : "") + r).orElse("");
    }
    return counted.reason().orElse("not counted yet");
  }
}
