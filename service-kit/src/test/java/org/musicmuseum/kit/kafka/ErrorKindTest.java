package org.musicmuseum.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class ErrorKindTest {

  private static final TopicPartition P0 = new TopicPartition("t", 0);

  @Test
  void permissionsCredentialsConfigurationAndDeserializersAreFatal() {
    assertThat(ErrorKind.of(new TopicAuthorizationException(Set.of("t"))))
        .isEqualTo(ErrorKind.FATAL);
    assertThat(ErrorKind.of(new GroupAuthorizationException("no"))).isEqualTo(ErrorKind.FATAL);
    assertThat(ErrorKind.of(new SaslAuthenticationException("no"))).isEqualTo(ErrorKind.FATAL);
    assertThat(ErrorKind.of(new ConfigException("bad value"))).isEqualTo(ErrorKind.FATAL);
    assertThat(ErrorKind.of(new InvalidTopicException("bad name"))).isEqualTo(ErrorKind.FATAL);
    assertThat(ErrorKind.of(new UnsupportedVersionException("old broker")))
        .isEqualTo(ErrorKind.FATAL);
    assertThat(
            ErrorKind.of(
                new RecordDeserializationException(
                    RecordDeserializationException.DeserializationExceptionOrigin.VALUE,
                    P0,
                    1,
                    0,
                    TimestampType.CREATE_TIME,
                    null,
                    null,
                    null,
                    "cannot read",
                    null)))
        .isEqualTo(ErrorKind.FATAL);
  }

  @Test
  void aFatalCauseInsideAWrapperIsFatal() {
    var failedConstructor =
        new KafkaException("Failed to construct kafka consumer", new ConfigException("bad"));
    assertThat(ErrorKind.of(failedConstructor)).isEqualTo(ErrorKind.FATAL);
  }

  @Test
  void positionsOutsideTheLogAreOffsetProblems() {
    assertThat(ErrorKind.of(new OffsetOutOfRangeException("gone", Map.of(P0, 5L))))
        .isEqualTo(ErrorKind.OFFSET);
    assertThat(ErrorKind.of(new NoOffsetForPartitionException(P0))).isEqualTo(ErrorKind.OFFSET);
  }

  @Test
  void everythingElseIsRetriable() {
    assertThat(ErrorKind.of(new TimeoutException("slow"))).isEqualTo(ErrorKind.RETRIABLE);
    assertThat(ErrorKind.of(new DisconnectException("gone"))).isEqualTo(ErrorKind.RETRIABLE);
    assertThat(ErrorKind.of(new java.sql.SQLTransientConnectionException("database down")))
        .isEqualTo(ErrorKind.RETRIABLE);
    assertThat(ErrorKind.of(new IllegalStateException("topic does not exist")))
        .isEqualTo(ErrorKind.RETRIABLE);
  }
}
