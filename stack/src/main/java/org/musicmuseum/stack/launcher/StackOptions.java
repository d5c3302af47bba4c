package org.musicmuseum.stack.launcher;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.musicmuseum.stack.db.DbAccess;

/**
 * How a stack runs beyond its layout and ports.
 *
 * @param externalDb a database to use instead of starting one (MUSEUM_DB_URL)
 * @param serviceEnv extra environment for every service
 * @param parentPid a process whose exit stops the helper JVMs (LocalStack: the test JVM)
 * @param out where progress goes
 * @param envByService per server name, environment that wins over everything else (e.g. the
 *     dashboard's URLs behind a gateway)
 * @param partitions the partition count Kafka creates the topic of the music events with; when
 *     empty, TOPIC_PARTITIONS from the environment or the default (see {@code PartitionCount})
 */
public record StackOptions(
    Optional<DbAccess> externalDb,
    Map<String, String> serviceEnv,
    OptionalLong parentPid,
    PrintStream out,
    Map<String, Map<String, String>> envByService,
    OptionalInt partitions) {

  public StackOptions {
    serviceEnv = Map.copyOf(serviceEnv);
    envByService = Map.copyOf(envByService);
  }

  public StackOptions(
      Optional<DbAccess> externalDb,
      Map<String, String> serviceEnv,
      OptionalLong parentPid,
      PrintStream out) {
    this(externalDb, serviceEnv, parentPid, out, Map.of(), OptionalInt.empty());
  }

  /** The environment given for the server {@code name} only. */
  public Map<String, String> envOf(String name) {
    return envByService.getOrDefault(name, Map.of());
  }
}
