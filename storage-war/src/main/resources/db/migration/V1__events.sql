-- Albums and singles as the original system stored them, plus where each came from in Kafka.
-- trace_id is unique: a redelivered record is stored once.
CREATE TABLE albums (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  trace_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
  album_id          BIGINT       NOT NULL,
  album_name        VARCHAR(255) NOT NULL,
  artist_name       VARCHAR(255) NOT NULL,
  album_track_count INT          NOT NULL,
  date_created      DATETIME(6)  NOT NULL,
  received_at       DATETIME(6)  NOT NULL,
  kafka_partition   INT          NOT NULL,
  kafka_offset      BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_albums_trace_id (trace_id),
  KEY ix_albums_date_created (date_created, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE single_songs (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  trace_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
  song_id         BIGINT       NOT NULL,
  song_name       VARCHAR(255) NOT NULL,
  artist_name     VARCHAR(255) NOT NULL,
  song_duration   DOUBLE       NOT NULL,
  date_created    DATETIME(6)  NOT NULL,
  received_at     DATETIME(6)  NOT NULL,
  kafka_partition INT          NOT NULL,
  kafka_offset    BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_single_songs_trace_id (trace_id),
  KEY ix_single_songs_date_created (date_created, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Records that could not be read or stored; kept for an operator, never retried automatically.
CREATE TABLE quarantine (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  topic           VARCHAR(255)  NOT NULL,
  kafka_partition INT           NOT NULL,
  kafka_offset    BIGINT        NOT NULL,
  record_key      VARCHAR(255)  NULL,
  record_value    MEDIUMBLOB    NULL,
  value_size      INT           NOT NULL,
  reason          VARCHAR(2000) NOT NULL,
  quarantined_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_quarantine_position (topic, kafka_partition, kafka_offset)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
