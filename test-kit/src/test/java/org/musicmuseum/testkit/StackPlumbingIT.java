package org.musicmuseum.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.testkit.RawProducer.Position;

/** The kit's stack plumbing against a real broker and DB (no services). */
class StackPlumbingIT {

  private static TestStack stack;

  @BeforeAll
  static void start() {
    stack = TestStack.start("test-kit", builder -> {});
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void runsInAFreshDirectoryBelowTheModulesTarget() {
    assertThat(stack.workDir())
        .startsWith(TestStack.root().resolve("test-kit/target"))
        .isDirectory();
    assertThat(stack.workDir().getFileName().toString()).startsWith("it-stack-");
    assertThat(stack.dataDir("storage")).isEqualTo(stack.workDir().resolve("data/storage"));
  }

  @Test
  void rawRecordsLandOnTheTopicAsSent() {
    long before = stack.topicSize();

    Position poison = stack.producer().send(1, "k", "not json".getBytes(StandardCharsets.UTF_8));
    Position empty = stack.producer().send(0, null, null);

    assertThat(poison.partition()).isEqualTo(1);
    assertThat(empty.partition()).isZero();
    assertThat(stack.topicSize()).isEqualTo(before + 2);
    List<ConsumerRecord<byte[], byte[]>> records = stack.topicRecords();
    assertThat(records).hasSize((int) before + 2);
    assertThat(records)
        .filteredOn(r -> r.partition() == 1 && r.offset() == poison.offset())
        .singleElement()
        .satisfies(
            r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("not json"));
    assertThat(records)
        .filteredOn(r -> r.partition() == 0 && r.offset() == empty.offset())
        .singleElement()
        .satisfies(r -> assertThat(r.value()).isNull());
  }

  @Test
  void theDatabaseAnswersCountsAndRowsAndTakesCleanups() {
    Db db = stack.db();
    db.update("CREATE TABLE kit_check (id INT PRIMARY KEY, name VARCHAR(20))");
    assertThat(db.update("INSERT INTO kit_check VALUES (1, 'one'), (2, 'two')")).isEqualTo(2);

    assertThat(db.count("SELECT COUNT(*) FROM kit_check")).isEqualTo(2);
    assertThat(db.strings("SELECT name FROM kit_check ORDER BY id")).containsExactly("one", "two");
    assertThat(db.update("DELETE FROM kit_check")).isEqualTo(2);
    assertThat(db.count("SELECT COUNT(*) FROM kit_check")).isZero();
  }
}
