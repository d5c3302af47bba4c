-- Storage replicas write concurrently (issue 19): the one-row lock that made their transactions
-- commit one after the other goes. Processing now follows each Kafka partition by offset instead
-- of the row id, so it needs rows by (partition, offset); docs/decisions.md gives the argument.
DROP TABLE write_order;

ALTER TABLE albums ADD KEY ix_albums_position (kafka_partition, kafka_offset);
ALTER TABLE single_songs ADD KEY ix_single_songs_position (kafka_partition, kafka_offset);

-- One row per storage transaction that stored events: which replica, from its first statement to
-- just before its commit, and what it held. Written in the same transaction, so only committed
-- transactions appear; rows older than storage.transaction-log.retention-hours are pruned.
CREATE TABLE store_transactions (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  replica     VARCHAR(255) NOT NULL,
  started_at  DATETIME(6)  NOT NULL,
  finished_at DATETIME(6)  NOT NULL,
  events      INT          NOT NULL,
  partitions  VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_store_transactions_finished_at (finished_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
