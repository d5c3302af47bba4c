package org.musicmuseum.stack;

import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Shared life cycle of the stack's helper processes (KafkaMain, DbMain): run until SIGTERM, or
 * until the process named by the {@code museum.parent.pid} system property exits, and close
 * cleanly.
 */
public final class MainSupport {

  /**
   * Names a process whose exit stops this one (set by LocalStack so tests never leak processes).
   */
  public static final String PARENT_PID_PROPERTY = "museum.parent.pid";

  private MainSupport() {}

  /**
   * The whole main of a helper process: checks that there are {@code count} arguments (else prints
   * {@code usage} and answers 2), starts the resource (a failure prints its cause and answers 1),
   * then {@link #runUntilStopped runs until stopped} with the ready line made from the arguments
   * and the resource, and answers 0: the exit code for the caller's main.
   */
  public static <T extends AutoCloseable> int serve(
      String[] args,
      int count,
      String usage,
      Function<String[], T> start,
      BiFunction<String[], T, String> readyLine)
      throws InterruptedException {
    if (args.length != count) {
      System.err.println("usage: " + usage);
      return 2;
    }
    T resource;
    try {
      resource = start.apply(args);
    } catch (RuntimeException e) {
      e.printStackTrace();
      return 1;
    }
    runUntilStopped(resource, readyLine.apply(args, resource));
    return 0;
  }

  /**
   * Registers a shutdown hook that closes {@code resource}, prints {@code readyLine} and blocks
   * until the parent process (if any) exits. Returns only in that last case; the caller's main then
   * ends the JVM, which runs the hook.
   */
  public static void runUntilStopped(AutoCloseable resource, String readyLine)
      throws InterruptedException {
    Thread hook = new Thread(() -> closeQuietly(resource), "museum-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    System.out.println(readyLine);
    System.out.flush();
    CountDownLatch parentGone = new CountDownLatch(1);
    String parentPid = System.getProperty(PARENT_PID_PROPERTY, "").trim();
    if (!parentPid.isEmpty()) {
      ProcessHandle.of(Long.parseLong(parentPid))
          .ifPresentOrElse(p -> p.onExit().thenRun(parentGone::countDown), parentGone::countDown);
    }
    parentGone.await();
    System.out.println("parent process exited; shutting down");
  }

  public static int parsePort(String value, String what) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a number, got '" + value + "'", e);
    }
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
      System.out.println("stopped cleanly");
    } catch (Exception e) {
      System.err.println("error while stopping: " + e);
    }
  }
}
