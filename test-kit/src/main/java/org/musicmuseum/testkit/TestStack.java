package org.musicmuseum.testkit;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.musicmuseum.kit.metrics.PrometheusText;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.stack.LocalStackBuilder;
import org.musicmuseum.stack.Poll;

/**
 * A {@link LocalStack} started for a test (Kafka, the DB and the chosen services, all files in a
 * fresh directory below {@code <module>/target}) with what a test does with it: HTTP to a service's
 * API or server, SQL, the topic, raw records. {@link #close()} stops everything.
 */
public final class TestStack implements AutoCloseable {

  /** How long one HTTP call may take; generous for a loaded build machine. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  private final LocalStack stack;
  private final Path workDir;
  private final Http http = new Http(CALL_TIMEOUT);
  private final Object lock = new Object();
  private RawProducer producer;

  private TestStack(LocalStack stack, Path workDir) {
    this.stack = stack;
    this.workDir = workDir;
  }

  /** A stack in {@code <module>/target/it-stack-*}, set up by {@code setup} (its services…). */
  public static TestStack start(String module, Consumer<LocalStackBuilder> setup) {
    return start(module, "it-stack-", setup);
  }

  /** The same in a work directory named {@code <module>/target/<prefix>*}. */
  public static TestStack start(String module, String prefix, Consumer<LocalStackBuilder> setup) {
    Path work = tempDir(module, prefix);
    LocalStackBuilder builder = LocalStack.builder().root(root()).workDir(work);
    setup.accept(builder);
    return new TestStack(builder.start(), work);
  }

  /** The project root the build passes in the {@code museum.root} system property. */
  public static Path root() {
    return Path.of(System.getProperty("museum.root"));
  }

  /** A new empty directory below {@code <module>/target}. */
  public static Path tempDir(String module, String prefix) {
    try {
      return Files.createTempDirectory(
          Files.createDirectories(root().resolve(module).resolve("target")), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public LocalStack stack() {
    return stack;
  }

  public Path workDir() {
    return workDir;
  }

  /** The DATA_DIR the stack gave a service. */
  public Path dataDir(String service) {
    return workDir.resolve("data").resolve(service);
  }

  /** Where a service's server writes its logs (messages.log…). */
  public Path logDir(String service) {
    return workDir.resolve("logs").resolve(service);
  }

  /** A URL below the service's context root, e.g. ("audit", "/counts"). */
  public String url(String service, String path) {
    return stack.serviceUrl(service) + path;
  }

  /** A URL at the root of the service's server, e.g. ("audit", "/health/ready"). */
  public String serverUrl(String service, String path) {
    String root = URI.create(stack.serviceUrl(service)).resolve("/").toString();
    return root.substring(0, root.length() - 1) + path;
  }

  public Http http() {
    return http;
  }

  public HttpResponse<String> get(String service, String pathAndQuery, String... headers) {
    return http.get(url(service, pathAndQuery), headers);
  }

  public HttpResponse<String> getServer(String service, String path) {
    return http.get(serverUrl(service, path));
  }

  /** The service's server's {@code /metrics}, parsed; throws unless it answers 200. */
  public PrometheusText metrics(String service) {
    HttpResponse<String> response = getServer(service, "/metrics");
    if (response.statusCode() != 200) {
      throw new IllegalStateException(service + " /metrics answered " + response.statusCode());
    }
    return PrometheusText.parse(response.body());
  }

  public HttpResponse<String> post(
      String service, String path, String contentType, String body, String... headers) {
    return http.post(url(service, path), contentType, body, headers);
  }

  public CompletableFuture<HttpResponse<String>> postAsync(
      String service, String path, String contentType, String body) {
    return http.postAsync(url(service, path), contentType, body);
  }

  /** The report of the service's {@code /health/ready}, whether it says 200 or 503. */
  public JsonObject readiness(String service) {
    return Http.json(getServer(service, "/health/ready"));
  }

  /** Waits until the service reports ready; an AssertionError when it is not within {@code max}. */
  public void awaitReady(String service, Duration max) {
    awaitReadiness(service, 200, max);
  }

  /**
   * Waits until the service's {@code /health/ready} answers {@code status} with a body holding
   * every one of {@code parts}; an AssertionError naming the last answer when it does not within
   * {@code max}.
   */
  public void awaitReadiness(String service, int status, Duration max, String... parts) {
    AtomicReference<String> last = new AtomicReference<>("no answer");
    boolean seen =
        Poll.waitFor(
            max,
            () -> {
              try {
                HttpResponse<String> ready = getServer(service, "/health/ready");
                last.set(ready.statusCode() + " " + ready.body());
                return ready.statusCode() == status
                    && Arrays.stream(parts).allMatch(ready.body()::contains);
              } catch (UncheckedIOException notListening) {
                last.set(notListening.toString());
                return false;
              }
            });
    if (!seen) {
      throw new AssertionError(
          String.format(
              "%s readiness did not answer %d with %s within %d s; last: %s",
              service, status, Arrays.toString(parts), max.toSeconds(), last.get()));
    }
  }

  public Db db() {
    return new Db(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }

  /** A producer of raw records to the stack's broker, closed with the stack. */
  public RawProducer producer() {
    synchronized (lock) {
      if (producer == null) {
        producer = new RawProducer(stack.kafkaBootstrap(), stack.topic());
      }
      return producer;
    }
  }

  /** How many records the topic holds, over all partitions. */
  public long topicSize() {
    return TopicContents.size(stack.kafkaBootstrap(), stack.topic());
  }

  /** Every record on the topic up to its current end. */
  public List<ConsumerRecord<byte[], byte[]>> topicRecords() {
    return TopicContents.all(stack.kafkaBootstrap(), stack.topic());
  }

  @Override
  public void close() {
    try {
      synchronized (lock) {
        if (producer != null) {
          producer.close();
        }
      }
    } finally {
      stack.close();
    }
  }
}
