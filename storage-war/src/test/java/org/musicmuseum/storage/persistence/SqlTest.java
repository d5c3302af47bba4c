package org.musicmuseum.storage.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/**
 * What the writer retries and what it quarantines: a transaction the database rolled back to break
 * a deadlock or a lock wait (two replicas writing the same rows in a rebalance) is retried whole,
 * never quarantined; a row the database refuses for its data is.
 */
class SqlTest {

  @Test
  void aDeadlockOrALockWaitTimeoutIsRetriedNotQuarantined() {
    assertThat(
            Sql.isConnectionProblem(new SQLTransactionRollbackException("Deadlock", "40001", 1213)))
        .isTrue();
    assertThat(
            Sql.isConnectionProblem(
                new SQLTransactionRollbackException("Lock wait timeout exceeded", "40001", 1205)))
        .isTrue();
    assertThat(Sql.isConnectionProblem(new SQLException("Communications link failure", "08S01")))
        .isTrue();
  }

  @Test
  void aRowTheDatabaseRefusesIsNotAConnectionProblem() {
    assertThat(
            Sql.isConnectionProblem(
                new SQLIntegrityConstraintViolationException("Data too long", "22001", 1406)))
        .isFalse();
    assertThat(Sql.isConnectionProblem(new SQLException("Incorrect string value", "HY000", 1366)))
        .isFalse();
  }
}
