package org.musicmuseum.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.system.deploy.DockerfileModel.Copy;
import org.musicmuseum.system.deploy.DockerfileModel.Instruction;
import org.musicmuseum.system.deploy.NginxConfig.Directive;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the deployment files against the build, without a Docker engine: Dockerfile.liberty (and
 * .dockerignore), deploy/compose.yaml, deploy/nginx.conf and the Jenkinsfile's image list. It reads
 * files only; the WARs and the JDBC driver must have been built (the reactor packages every WAR
 * before this module's tests). What it cannot check: that the images build (the base image,
 * features.sh), that the containers start and become healthy, that nginx accepts the file (nginx
 * -t, see deploy/README.md).
 */
class DeployFilesTest {

  private static final String DOCKERFILE = "Dockerfile.liberty";

  /** The upstreams deploy/nginx.conf must define (a test may rewrite their server lines). */
  private static final List<String> UPSTREAMS =
      List.of("receiver", "storage", "processing", "audit", "health", "dashboard");

  /**
   * Environment variables the Liberty runtime or the JVM reads itself, which no server.xml or
   * MicroProfile Config key declares.
   */
  private static final Set<String> RUNTIME_ENVIRONMENT =
      Set.of(
          "WLP_LOGGING_CONSOLE_FORMAT",
          "WLP_LOGGING_CONSOLE_LOGLEVEL",
          "WLP_LOGGING_CONSOLE_SOURCE",
          "JAVA_TOOL_OPTIONS",
          "OPENJ9_JAVA_OPTIONS",
          "TZ");

  /** The MySQL image's yes/no settings whose names end in PASSWORD but hold no secret. */
  private static final Set<String> IMAGE_PASSWORD_SWITCHES =
      Set.of("MYSQL_RANDOM_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD");

  private static final Pattern HTTP_URL = Pattern.compile("^https?://([^/:]+)(?::(\\d+))?(/.*)?$");
  private static final Pattern JDBC_MYSQL =
      Pattern.compile("^jdbc:mysql://([^/:]+)(?::(\\d+))?/([^?]+).*$");
  private static final Pattern COMPOSE_VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

  private static Path root;
  private static DockerfileModel dockerfile;
  private static Map<String, Map<String, Object>> services;
  private static Map<String, Object> compose;
  private static List<Directive> nginx;
  private static Map<String, String> rootProperties;
  private static List<String> rootModules;
  private static final Map<String, LibertyModule> modules = new LinkedHashMap<>();

  @BeforeAll
  static void readFiles() throws Exception {
    root = projectRoot();
    dockerfile = DockerfileModel.parse(root.resolve(DOCKERFILE));
    try (Reader in = Files.newBufferedReader(root.resolve("deploy/compose.yaml"))) {
      compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    services = new LinkedHashMap<>();
    map(compose.get("services")).forEach((name, value) -> services.put(name, map(value)));
    nginx = NginxConfig.parse(Files.readString(root.resolve("deploy/nginx.conf")));
    readRootPom();
    for (String module : rootModules) {
      modules.put(module, LibertyModule.load(root, module));
    }
  }

  // (a) ------------------------------------------------------------------------------------------

  @Test
  void everyCopySourceExistsAfterTheBuildAndPassesDockerignore() throws IOException {
    Set<String> problems = new LinkedHashSet<>();
    List<String> ignore = dockerignore();
    Map<String, Map<String, String>> variants = new LinkedHashMap<>();
    variants.put("Built with its default build arguments, " + DOCKERFILE, Map.of());
    libertyServices().forEach((svc, args) -> variants.put("For compose service " + svc, args));
    for (var variant : variants.entrySet()) {
      for (Copy copy : dockerfile.copies(variant.getValue())) {
        if (copy.flags().containsKey("from")) {
          continue; // from another stage or image, not from the build context
        }
        if (copy.sources().isEmpty()) {
          problems.add(variant.getKey() + " the COPY at line " + copy.line() + " has no source.");
        }
        for (String source : copy.sources()) {
          if (source.contains("$")) {
            problems.add(
                variant.getKey()
                    + " the COPY at line "
                    + copy.line()
                    + " still has a variable in "
                    + source
                    + ": a build argument is not declared with ARG.");
            continue;
          }
          List<Path> matches = expand(source);
          if (matches.isEmpty()) {
            problems.add(
                variant.getKey()
                    + " the COPY at line "
                    + copy.line()
                    + " copies "
                    + source
                    + ", which does not exist in the repository (build outputs need"
                    + " ./mvnw -DskipTests package first).");
          }
          for (Path match : matches) {
            String relative = root.relativize(match).toString().replace('\\', '/');
            if (ignoredByDockerignore(ignore, relative)) {
              problems.add(
                  DOCKERFILE
                      + " copies "
                      + relative
                      + ", but .dockerignore keeps it out of the build context.");
            }
          }
        }
      }
    }
    assertNoProblems(List.copyOf(problems));
  }

  // (b) ------------------------------------------------------------------------------------------

  @Test
  void buildArgumentsNameExistingModulesWarsAndPorts() {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> liberty = libertyServices();
    if (liberty.isEmpty()) {
      problems.add("compose.yaml builds no service from " + DOCKERFILE + ".");
    }
    Set<String> declared = new LinkedHashSet<>(dockerfile.stageArgs().keySet());
    declared.addAll(dockerfile.globalArgs().keySet());
    for (var entry : liberty.entrySet()) {
      String svc = entry.getKey();
      Map<String, String> args = entry.getValue();
      args.keySet().stream()
          .filter(arg -> !declared.contains(arg))
          .forEach(
              arg ->
                  problems.add(
                      "Service "
                          + svc
                          + " passes the build argument "
                          + arg
                          + ", which "
                          + DOCKERFILE
                          + " does not declare with ARG."));
      String module = args.getOrDefault("MODULE", "");
      String war = args.getOrDefault("WAR", "");
      LibertyModule m = modules.get(module);
      if (m == null) {
        problems.add(
            "Service "
                + svc
                + " builds MODULE="
                + module
                + ", which is not a module of the root pom.xml "
                + rootModules
                + ".");
        continue;
      }
      if (!m.packaging.equals("war")) {
        problems.add(
            "Service " + svc + " builds module " + module + ", which does not package a WAR.");
      }
      if (!war.equals(m.finalName)) {
        problems.add(
            "Service "
                + svc
                + " names WAR="
                + war
                + ", but "
                + module
                + "/pom.xml builds "
                + m.finalName
                + ".war (its finalName).");
      }
      if (!(war + ".war").equals(m.warLocation)) {
        problems.add(
            "Service "
                + svc
                + " installs "
                + war
                + ".war, but the webApplication of "
                + module
                + "'s server.xml is at location "
                + m.warLocation
                + ", so Liberty would not find the application.");
      }
      String port = m.variables.getOrDefault("http.port", "");
      if (!port.equals(args.getOrDefault("HTTP_PORT", ""))) {
        problems.add(
            "Service "
                + svc
                + " builds with HTTP_PORT="
                + args.get("HTTP_PORT")
                + ", but "
                + module
                + "'s server.xml listens on "
                + port
                + " by default.");
      }
      String envPort = environment(svc).get("HTTP_PORT");
      if (envPort != null && !envPort.equals(args.get("HTTP_PORT"))) {
        problems.add(
            "Service "
                + svc
                + " sets HTTP_PORT="
                + envPort
                + " but its image exposes and health-checks port "
                + args.get("HTTP_PORT")
                + ".");
      }
    }
    Set<String> deployed = new TreeSet<>();
    liberty.values().forEach(args -> deployed.add(args.getOrDefault("MODULE", "")));
    modules.values().stream()
        .filter(m -> m.packaging.equals("war"))
        .filter(m -> !deployed.contains(m.name))
        .forEach(
            m ->
                problems.add(
                    "The WAR module "
                        + m.name
                        + " is built but compose.yaml runs no service from it."));
    assertNoProblems(problems);
  }

  @Test
  void composeEnvironmentMatchesWhatEachServiceReads() throws Exception {
    List<String> problems = new ArrayList<>();
    for (var entry : libertyServices().entrySet()) {
      String svc = entry.getKey();
      LibertyModule m = modules.get(entry.getValue().get("MODULE"));
      if (m == null) {
        continue; // reported by buildArgumentsNameExistingModulesWarsAndPorts
      }
      m.missingIncludes(root)
          .forEach(
              include ->
                  problems.add(
                      "The server.xml of " + m.name + " has a missing include: " + include + "."));
      Set<String> known = m.environmentNames();
      for (String name : environment(svc).keySet()) {
        if (!known.contains(name) && !RUNTIME_ENVIRONMENT.contains(name)) {
          problems.add(
              "Service "
                  + svc
                  + " sets "
                  + name
                  + ", but "
                  + m.name
                  + " reads no such variable: no <variable> of its server.xml (or the fragments it"
                  + " includes) and no MicroProfile Config key of it maps to that name.");
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void composeAddressesPointAtComposeServices() {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> liberty = libertyServices();
    for (String svc : liberty.keySet()) {
      for (var env : environment(svc).entrySet()) {
        String name = env.getKey();
        String value = resolveDefaults(env.getValue());
        if (name.equals("KAFKA_BOOTSTRAP_SERVERS")) {
          Set<String> advertised = kafkaAdvertisedAddresses();
          for (String address : value.split(",")) {
            if (!advertised.contains(address.strip())) {
              problems.add(
                  "Service "
                      + svc
                      + " looks for Kafka at "
                      + address.strip()
                      + ", which no compose service advertises (KAFKA_ADVERTISED_LISTENERS).");
            }
          }
        } else if (name.equals("DB_URL")) {
          checkDatabase(svc, value, problems);
        } else if (name.endsWith("_URL")) {
          checkServiceUrl(svc, name, value, liberty, problems);
        }
      }
    }
    assertNoProblems(problems);
  }

  private static void checkDatabase(String svc, String url, List<String> problems) {
    Matcher jdbc = JDBC_MYSQL.matcher(url);
    if (!jdbc.matches()) {
      problems.add("Service " + svc + " has a DB_URL that is no jdbc:mysql:// URL: " + url + ".");
      return;
    }
    String host = jdbc.group(1);
    if (!services.containsKey(host)) {
      problems.add(
          "Service " + svc + " connects to the database host " + host + ", no compose service.");
      return;
    }
    Map<String, String> db = environment(host);
    Map<String, String> mine = environment(svc);
    if (!jdbc.group(3).equals(db.get("MYSQL_DATABASE"))) {
      problems.add(
          "Service "
              + svc
              + " uses the database "
              + jdbc.group(3)
              + ", but "
              + host
              + " creates "
              + db.get("MYSQL_DATABASE")
              + ".");
    }
    if (!String.valueOf(mine.get("DB_USER")).equals(db.get("MYSQL_USER"))) {
      problems.add(
          "Service "
              + svc
              + (mine.containsKey("DB_USER")
                  ? " logs in as " + mine.get("DB_USER")
                  : " sets no DB_USER (the default user may differ)")
              + ", but "
              + host
              + " creates the user "
              + db.get("MYSQL_USER")
              + ".");
    }
    if (!String.valueOf(mine.get("DB_PASSWORD")).equals(db.get("MYSQL_PASSWORD"))) {
      problems.add(
          "Service "
              + svc
              + " takes its DB_PASSWORD from "
              + mine.get("DB_PASSWORD")
              + ", but "
              + host
              + " sets MYSQL_PASSWORD from "
              + db.get("MYSQL_PASSWORD")
              + ".");
    }
  }

  private static void checkServiceUrl(
      String svc,
      String name,
      String value,
      Map<String, Map<String, String>> liberty,
      List<String> problems) {
    if (value.startsWith("/")) {
      // A path of the gateway's origin: PROCESSING_URL=/processing names the processing service.
      String target = name.substring(0, name.length() - "_URL".length()).toLowerCase(Locale.ROOT);
      LibertyModule m = moduleOf(target, liberty);
      if (m == null) {
        problems.add(
            "Service "
                + svc
                + " sets "
                + name
                + "="
                + value
                + ", but there is no compose service "
                + target
                + " whose context root it could be.");
      } else if (!value.equals(m.contextRoot)) {
        problems.add(
            "Service "
                + svc
                + " sets "
                + name
                + "="
                + value
                + ", but the context root of "
                + target
                + " is "
                + m.contextRoot
                + ".");
      }
      return;
    }
    Matcher url = HTTP_URL.matcher(value);
    if (!url.matches()) {
      problems.add(
          "Service "
              + svc
              + " sets "
              + name
              + "="
              + value
              + ", which is neither a path nor a URL.");
      return;
    }
    String host = url.group(1);
    if (!services.containsKey(host)) {
      problems.add(
          "Service "
              + svc
              + " sets "
              + name
              + " to host "
              + host
              + ", which is not a compose service.");
      return;
    }
    LibertyModule m = moduleOf(host, liberty);
    if (m == null) {
      return;
    }
    String port = liberty.get(host).get("HTTP_PORT");
    if (!String.valueOf(url.group(2)).equals(port)) {
      problems.add(
          "Service "
              + svc
              + " sets "
              + name
              + " to port "
              + url.group(2)
              + " of "
              + host
              + ", which listens on "
              + port
              + ".");
    }
    String path = url.group(3) == null ? "" : url.group(3);
    if (!path.equals(m.contextRoot)) {
      problems.add(
          "Service "
              + svc
              + " sets "
              + name
              + " to the path "
              + path
              + ", but the context root of "
              + host
              + " is "
              + m.contextRoot
              + ".");
    }
  }

  // (c) ------------------------------------------------------------------------------------------

  @Test
  void nginxRoutesEveryContextRootToTheServersOfItsService() {
    List<String> problems = new ArrayList<>();
    Directive http = http();
    Map<String, List<Directive>> upstreams = upstreams(http);
    for (String name : UPSTREAMS) {
      if (!upstreams.containsKey(name)) {
        problems.add("nginx.conf has no upstream block named " + name + ".");
      }
    }
    Map<String, Map<String, String>> liberty = libertyServices();
    for (var upstream : upstreams.entrySet()) {
      for (Directive server : upstream.getValue()) {
        String[] hostPort = server.arg(0).split(":", 2);
        if (!services.containsKey(hostPort[0])) {
          problems.add(
              "The upstream "
                  + upstream.getKey()
                  + " of nginx.conf names "
                  + hostPort[0]
                  + ", which is not a service of compose.yaml.");
        } else if (liberty.containsKey(hostPort[0])
            && !(hostPort.length > 1
                && hostPort[1].equals(liberty.get(hostPort[0]).get("HTTP_PORT")))) {
          problems.add(
              "The upstream "
                  + upstream.getKey()
                  + " of nginx.conf sends to "
                  + server.arg(0)
                  + ", but "
                  + hostPort[0]
                  + " listens on port "
                  + liberty.get(hostPort[0]).get("HTTP_PORT")
                  + ".");
        }
      }
    }
    List<Directive> receivers = upstreams.getOrDefault("receiver", List.of());
    if (receivers.size() != 2) {
      problems.add(
          "The receiver upstream of nginx.conf has "
              + receivers.size()
              + " servers instead of the two receiver replicas.");
    }

    Directive server = gatewayServer(http);
    Map<String, Set<String>> servicesByModule = new LinkedHashMap<>();
    liberty.forEach(
        (svc, args) ->
            servicesByModule.computeIfAbsent(args.get("MODULE"), k -> new TreeSet<>()).add(svc));
    for (var entry : servicesByModule.entrySet()) {
      LibertyModule m = modules.get(entry.getKey());
      if (m == null || m.contextRoot.isEmpty()) {
        problems.add("The module " + entry.getKey() + " has no webApplication context root.");
        continue;
      }
      String path = m.contextRoot.equals("/") ? "/" : m.contextRoot + "/";
      Optional<Directive> location = locationFor(server, path);
      if (location.isEmpty()) {
        problems.add(
            "nginx.conf has no location for "
                + path
                + " (context root of "
                + m.name
                + "), so the gateway cannot reach it.");
        continue;
      }
      String proxyPass = location.get().child("proxy_pass").map(d -> d.arg(0)).orElse("");
      Matcher target = Pattern.compile("^http://([A-Za-z0-9_-]+)$").matcher(proxyPass);
      if (!target.matches()) {
        problems.add(
            "The location "
                + String.join(" ", location.get().args())
                + " of nginx.conf proxies to '"
                + proxyPass
                + "' instead of http://<upstream> without a path (which keeps the context root).");
        continue;
      }
      Set<String> hosts = new TreeSet<>();
      upstreams
          .getOrDefault(target.group(1), List.of())
          .forEach(d -> hosts.add(d.arg(0).split(":", 2)[0]));
      if (!hosts.equals(entry.getValue())) {
        problems.add(
            "nginx.conf routes "
                + path
                + " to the upstream "
                + target.group(1)
                + " with servers "
                + hosts
                + ", but the compose services of "
                + m.name
                + " are "
                + entry.getValue()
                + ".");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void nginxKeepsTheReceiverAvailableAndLimited() throws Exception {
    List<String> problems = new ArrayList<>();
    Directive http = http();
    for (String callerOwned : List.of("pid", "daemon", "user")) {
      if (nginx.stream().anyMatch(d -> d.name().equals(callerOwned))) {
        problems.add(
            "nginx.conf sets '"
                + callerOwned
                + "', which the caller must set (the image, or a test with -g as a non-root"
                + " user; nginx refuses a directive set twice).");
      }
    }
    if (!http.child("server_tokens").map(d -> d.arg(0)).orElse("").equals("off")) {
      problems.add("nginx.conf does not switch server_tokens off.");
    }
    Duration connect =
        duration(http.child("proxy_connect_timeout").map(d -> d.arg(0)).orElse("60s"));
    if (connect.compareTo(Duration.ofSeconds(2)) > 0) {
      problems.add(
          "nginx.conf waits "
              + connect
              + " to connect to an upstream; a dead replica should be given up within 2 s.");
    }
    for (Directive server : upstreams(http).getOrDefault("receiver", List.of())) {
      if (server.args().stream().noneMatch(a -> a.startsWith("max_fails="))
          || server.args().stream().noneMatch(a -> a.startsWith("fail_timeout="))) {
        problems.add(
            "The receiver server "
                + server.arg(0)
                + " of nginx.conf has no max_fails/fail_timeout, so a dead replica is not set"
                + " aside.");
      }
    }

    LibertyModule receiver = moduleOf("receiver-1", libertyServices());
    String receiverRoot = receiver == null ? "/receiver" : receiver.contextRoot;
    Optional<Directive> location = locationFor(gatewayServer(http), receiverRoot + "/events/batch");
    if (location.isEmpty()) {
      problems.add("nginx.conf has no location for the receiver's batch endpoint.");
    } else {
      Directive loc = location.get();
      List<String> next = loc.child("proxy_next_upstream").map(Directive::args).orElse(List.of());
      if (!next.containsAll(List.of("error", "timeout"))) {
        problems.add(
            "The receiver location of nginx.conf does not pass a request on to the other replica"
                + " on error and timeout (proxy_next_upstream is "
                + next
                + ").");
      }
      if (next.contains("non_idempotent")) {
        problems.add(
            "The receiver location of nginx.conf retries non-idempotent requests, which may"
                + " publish an event twice (see the comment there).");
      }
      if (!loc.child("proxy_next_upstream_tries").map(d -> d.arg(0)).orElse("").equals("2")) {
        problems.add(
            "The receiver location of nginx.conf does not set proxy_next_upstream_tries 2.");
      }
      long batchBytes =
          Long.parseLong(
              receiver == null
                  ? "-1"
                  : receiver.mpConfig.getProperty("receiver.max-batch-bytes", "-1"));
      long bodyLimit =
          size(
              loc.child("client_max_body_size")
                  .or(() -> http.child("client_max_body_size"))
                  .map(d -> d.arg(0))
                  .orElse("1m"));
      if (bodyLimit != batchBytes) {
        problems.add(
            "nginx.conf lets "
                + bodyLimit
                + " bytes through to the receiver, but its batch limit is "
                + batchBytes
                + " bytes (receiver.max-batch-bytes).");
      }
      Set<String> zones = new TreeSet<>();
      http.children("limit_req_zone")
          .forEach(
              d ->
                  d.args().stream()
                      .filter(a -> a.startsWith("zone="))
                      .forEach(a -> zones.add(a.substring(5).split(":")[0])));
      boolean limited =
          loc.children("limit_req").stream()
              .anyMatch(
                  d ->
                      d.args().stream()
                          .anyMatch(a -> a.startsWith("zone=") && zones.contains(a.substring(5))));
      if (!limited) {
        problems.add(
            "The receiver location of nginx.conf has no limit_req on a zone defined by"
                + " limit_req_zone.");
      }
    }

    LibertyModule health = moduleOf("health", libertyServices());
    String events = (health == null ? "/healthcheck" : health.contextRoot) + "/events";
    Optional<Directive> sse = locationFor(gatewayServer(http), events);
    if (sse.isEmpty()
        || !sse.get().child("proxy_buffering").map(d -> d.arg(0)).orElse("").equals("off")) {
      problems.add(
          "nginx.conf buffers " + events + ", so server-sent events would not reach the browser.");
    }
    assertNoProblems(problems);
  }

  @Test
  void nginxAcceptsTheFile() throws Exception {
    Optional<Path> binary = nginxBinary();
    assumeTrue(
        binary.isPresent(),
        "nginx is not installed (Debian: apt-get install nginx), so nginx -t cannot run.");
    Path dir = Files.createTempDirectory("deploy-nginx-");
    try {
      // Upstream hosts are compose service names, which resolve only inside compose; nginx -t
      // resolves them, so a copy points them at 127.0.0.1 (same ports) and is tested instead.
      String conf =
          Files.readString(root.resolve("deploy/nginx.conf"))
              .replaceAll("(?m)^(\\s*server\\s+)[A-Za-z0-9_.-]+(:\\d+)", "$1" + "127.0.0.1" + "$2");
      Path copy = dir.resolve("nginx.conf");
      Files.writeString(copy, conf);
      Process nginxTest =
          new ProcessBuilder(
                  binary.get().toString(),
                  "-t",
                  "-e",
                  "stderr",
                  "-p",
                  dir.toString(),
                  "-c",
                  copy.toString(),
                  "-g",
                  "pid " + dir.resolve("nginx.pid") + ";")
              .redirectErrorStream(true)
              .start();
      String output = new String(nginxTest.getInputStream().readAllBytes());
      boolean done = nginxTest.waitFor(30, TimeUnit.SECONDS);
      assertThat(done && nginxTest.exitValue() == 0)
          .withFailMessage(
              "nginx -t rejects deploy/nginx.conf (upstream hosts set to 127.0.0.1):%n%s", output)
          .isTrue();
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static Optional<Path> nginxBinary() {
    List<Path> candidates = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "nginx"));
      }
    }
    candidates.add(Path.of("/usr/sbin/nginx"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  // (d) ------------------------------------------------------------------------------------------

  @Test
  void dockerfileRunsAsNonRootChecksReadinessAndCopiesTheWarLast() {
    List<String> problems = new ArrayList<>();
    String version = rootProperties.getOrDefault("openliberty.version", "?");
    String image = dockerfile.fromImage(Map.of());
    if (!image.startsWith("icr.io/appcafe/open-liberty:" + version + "-kernel-slim-java17")) {
      problems.add(
          DOCKERFILE
              + " starts FROM "
              + image
              + ", not the Open Liberty "
              + version
              + " kernel-slim Java 17 image the build uses (openliberty.version).");
    }

    String healthcheck = dockerfile.last("HEALTHCHECK").map(Instruction::arguments).orElse("");
    if (!healthcheck.contains("/health/ready")
        || !(healthcheck.contains("${HTTP_PORT}") || healthcheck.contains("$HTTP_PORT"))) {
      problems.add(
          DOCKERFILE + " has no HEALTHCHECK that asks http://localhost:${HTTP_PORT}/health/ready.");
    }

    String user = dockerfile.last("USER").map(Instruction::arguments).orElse("").strip();
    String uid = user.split(":")[0];
    if (user.isEmpty() || uid.equals("root") || uid.equals("0")) {
      problems.add(
          DOCKERFILE
              + " runs as '"
              + (user.isEmpty() ? "the base image's user" : user)
              + "'; it must end with USER 1001 (non-root).");
    }

    List<Copy> copies = dockerfile.copies(Map.of());
    int warCopy = -1;
    for (int i = 0; i < copies.size(); i++) {
      Copy copy = copies.get(i);
      if (copy.sources().stream().anyMatch(s -> s.endsWith(".war"))) {
        warCopy = i;
        if (!copy.destination().startsWith("/config/apps/")) {
          problems.add(
              DOCKERFILE
                  + " copies the WAR to "
                  + copy.destination()
                  + " instead of /config/apps/.");
        }
      }
      if (!copy.flags().getOrDefault("chown", "").equals("1001:0")) {
        problems.add(
            DOCKERFILE
                + " copies at line "
                + copy.line()
                + " without --chown=1001:0, so the server (user 1001) may not own the files.");
      }
    }
    if (warCopy < 0) {
      problems.add(DOCKERFILE + " never copies the WAR.");
    } else if (warCopy != copies.size() - 1) {
      problems.add(
          DOCKERFILE
              + " copies something after the WAR (line "
              + copies.get(copies.size() - 1).line()
              + "): the WAR must be the last COPY so that a code change rebuilds only that layer.");
    }
    List<String> destinations = copies.stream().map(Copy::destination).toList();
    for (String expected :
        List.of(
            "/config/server.xml",
            "/opt/ol/wlp/usr/shared/config/",
            "/opt/ol/wlp/usr/shared/resources/jdbc/")) {
      if (!destinations.contains(expected)) {
        problems.add(DOCKERFILE + " copies nothing to " + expected + ".");
      }
    }

    List<Instruction> steps = dockerfile.instructions();
    int features = indexOfRun(steps, "features.sh");
    int configure = indexOfRun(steps, "configure.sh");
    int war = warCopy < 0 ? -1 : steps.indexOf(stepOfCopy(steps, copies.get(warCopy).line()));
    if (features < 0 || configure < 0 || !(features < war && war < configure)) {
      problems.add(
          DOCKERFILE + " must RUN features.sh before it copies the WAR and configure.sh after it.");
    }

    String expose = dockerfile.last("EXPOSE").map(Instruction::arguments).orElse("");
    if (!expose.contains("HTTP_PORT")) {
      problems.add(DOCKERFILE + " does not EXPOSE the service's ${HTTP_PORT}.");
    }
    assertNoProblems(problems);
  }

  // compose: secrets, state, Kafka
  // -----------------------------------------------------------------

  @Test
  void composeKeepsSecretsOutStateInVolumesAndCreatesTheTopic() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String svc : services.keySet()) {
      for (var env : environment(svc).entrySet()) {
        if (env.getKey().endsWith("PASSWORD")
            && !IMAGE_PASSWORD_SWITCHES.contains(env.getKey())
            && !env.getValue().matches("^\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}$")) {
          problems.add(
              "Service "
                  + svc
                  + " sets "
                  + env.getKey()
                  + " to '"
                  + env.getValue()
                  + "' instead of ${VARIABLE:?message}, which keeps the secret out of the file and"
                  + " stops compose when it is missing.");
        }
      }
    }
    String gitignore = Files.readString(root.resolve(".gitignore"));
    if (!gitignore
        .lines()
        .map(String::strip)
        .anyMatch(l -> l.equals(".env") || l.equals("deploy/.env"))) {
      problems.add(".gitignore does not ignore deploy/.env, where the database password may be.");
    }

    Set<String> declaredVolumes = map(compose.getOrDefault("volumes", Map.of())).keySet();
    for (String svc : services.keySet()) {
      Map<String, String> mounts = new LinkedHashMap<>(); // target -> source
      for (Object volume : list(services.get(svc).get("volumes"))) {
        String[] parts = String.valueOf(volume).split(":");
        if (parts.length >= 2) {
          mounts.put(parts[1], parts[0]);
          boolean named = !parts[0].startsWith(".") && !parts[0].startsWith("/");
          if (named && !declaredVolumes.contains(parts[0])) {
            problems.add(
                "Service "
                    + svc
                    + " mounts the volume "
                    + parts[0]
                    + ", which the top-level volumes of compose.yaml do not declare.");
          }
        }
      }
      String dataDir = environment(svc).get("DATA_DIR");
      if (dataDir != null) {
        String source = mounts.get(dataDir);
        if (source == null || !declaredVolumes.contains(source)) {
          problems.add(
              "Service "
                  + svc
                  + " keeps its files in DATA_DIR="
                  + dataDir
                  + ", but no named volume is mounted there, so they are lost with the container.");
        }
      }
    }

    String kafkaImage = "apache/kafka:" + rootProperties.get("kafka.version");
    Set<String> kafkaServices = new TreeSet<>();
    services.forEach(
        (name, svc) -> {
          if (kafkaImage.equals(svc.get("image"))) {
            kafkaServices.add(name);
          }
        });
    if (kafkaServices.isEmpty()) {
      problems.add(
          "compose.yaml runs no "
              + kafkaImage
              + " (the Kafka version of the build, kafka.version).");
    }
    boolean topicCreated = false;
    for (String name : kafkaServices) {
      Map<String, String> env = environment(name);
      if (env.containsKey("KAFKA_PROCESS_ROLES")
          && !"false".equals(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))) {
        problems.add(
            "The broker "
                + name
                + " creates topics automatically; the stack creates "
                + Topics.MUSIC_EVENTS
                + " on purpose (KAFKA_AUTO_CREATE_TOPICS_ENABLE=false).");
      }
      String command =
          String.join(
              " ", list(services.get(name).get("command")).stream().map(String::valueOf).toList());
      if (command.contains("--create")
          && command.contains("--topic " + Topics.MUSIC_EVENTS)
          && command.contains("--partitions " + Topics.DEFAULT_PARTITIONS)) {
        topicCreated = true;
      }
    }
    if (!topicCreated) {
      problems.add(
          "No compose service creates the topic "
              + Topics.MUSIC_EVENTS
              + " with "
              + Topics.DEFAULT_PARTITIONS
              + " partitions.");
    }

    for (var entry : libertyServices().entrySet()) {
      String svc = entry.getKey();
      Map<String, String> env = environment(svc);
      Map<String, Object> dependsOn = map(services.get(svc).get("depends_on"));
      if (env.containsKey("KAFKA_BOOTSTRAP_SERVERS")
          && dependsOn.entrySet().stream()
              .noneMatch(
                  d ->
                      kafkaServices.contains(d.getKey())
                          && "service_completed_successfully"
                              .equals(map(d.getValue()).get("condition")))) {
        problems.add(
            "Service "
                + svc
                + " uses Kafka but does not wait for the topic to be created"
                + " (depends_on … condition: service_completed_successfully).");
      }
      Matcher jdbc = JDBC_MYSQL.matcher(env.getOrDefault("DB_URL", ""));
      if (jdbc.matches()
          && !"service_healthy".equals(map(dependsOn.get(jdbc.group(1))).get("condition"))) {
        problems.add(
            "Service "
                + svc
                + " does not wait for its database "
                + jdbc.group(1)
                + " to be healthy (depends_on … condition: service_healthy).");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void jenkinsfileBuildsTheImagesComposeRuns() throws IOException {
    List<String> problems = new ArrayList<>();
    String jenkinsfile = Files.readString(root.resolve("Jenkinsfile"));
    Matcher list = Pattern.compile("MUSEUM_SERVICES\\s*=\\s*'([^']*)'").matcher(jenkinsfile);
    Map<String, String> jenkins = new LinkedHashMap<>(); // image name -> module:war:port
    if (list.find()) {
      for (String tuple : list.group(1).trim().split("\\s+")) {
        String[] parts = tuple.split(":", 2);
        jenkins.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    } else {
      problems.add("The Jenkinsfile has no MUSEUM_SERVICES list of the images to build.");
    }
    for (var entry : libertyServices().entrySet()) {
      String image = String.valueOf(services.get(entry.getKey()).get("image"));
      Matcher name = Pattern.compile("^music-museum/([a-z0-9-]+):.*$").matcher(image);
      if (!name.matches()) {
        problems.add(
            "Service "
                + entry.getKey()
                + " is tagged "
                + image
                + " instead of music-museum/<name>:${MUSEUM_TAG:-latest}.");
        continue;
      }
      Map<String, String> args = entry.getValue();
      String expected = args.get("MODULE") + ":" + args.get("WAR") + ":" + args.get("HTTP_PORT");
      if (!expected.equals(jenkins.get(name.group(1)))) {
        problems.add(
            "The Jenkinsfile builds music-museum/"
                + name.group(1)
                + " from "
                + jenkins.get(name.group(1))
                + ", but compose.yaml builds it from "
                + expected
                + ".");
      }
    }
    assertNoProblems(problems);
  }

  // helpers
  // ----------------------------------------------------------------------------------------

  private static void assertNoProblems(List<String> problems) {
    assertThat(problems)
        .withFailMessage(
            () -> problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems))
        .isEmpty();
  }

  private static Path projectRoot() {
    String configured = System.getProperty("museum.root");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve(DOCKERFILE))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the project root (no " + DOCKERFILE + ")");
    }
    return dir;
  }

  private static void readRootPom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element project;
    try (var in = Files.newInputStream(root.resolve("pom.xml"))) {
      project = factory.newDocumentBuilder().parse(in).getDocumentElement();
    }
    rootProperties = new LinkedHashMap<>();
    rootModules = new ArrayList<>();
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (!(children.item(i) instanceof Element section)) {
        continue;
      }
      NodeList entries = section.getChildNodes();
      for (int j = 0; j < entries.getLength(); j++) {
        Node entry = entries.item(j);
        if (!(entry instanceof Element e)) {
          continue;
        }
        if (section.getTagName().equals("properties")) {
          rootProperties.put(e.getTagName(), e.getTextContent().strip());
        } else if (section.getTagName().equals("modules")) {
          rootModules.add(e.getTextContent().strip());
        }
      }
    }
  }

  /** Services built from Dockerfile.liberty, in file order, with their build arguments. */
  private static Map<String, Map<String, String>> libertyServices() {
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    services.forEach(
        (name, svc) -> {
          Map<String, Object> build = map(svc.get("build"));
          if (DOCKERFILE.equals(build.get("dockerfile"))) {
            Map<String, String> args = new LinkedHashMap<>();
            map(build.get("args")).forEach((k, v) -> args.put(k, String.valueOf(v)));
            result.put(name, args);
          }
        });
    return result;
  }

  /** The build context of the Liberty services must be the repository root. */
  private static List<Path> expand(String source) throws IOException {
    for (var entry : libertyServices().keySet()) {
      Object context = map(services.get(entry).get("build")).get("context");
      Path dir = root.resolve("deploy").resolve(String.valueOf(context)).normalize();
      if (!dir.equals(root)) {
        throw new AssertionError(
            "The build context of "
                + entry
                + " is "
                + dir
                + ", not the repository root, so the COPY paths of "
                + DOCKERFILE
                + " would not resolve.");
      }
    }
    String clean = source.startsWith("/") ? source.substring(1) : source;
    if (!clean.contains("*") && !clean.contains("?") && !clean.contains("[")) {
      Path path = root.resolve(clean);
      return Files.exists(path) ? List.of(path) : List.of();
    }
    int wildcard = clean.indexOf('*');
    for (char c : new char[] {'?', '['}) {
      int at = clean.indexOf(c);
      if (at >= 0 && (wildcard < 0 || at < wildcard)) {
        wildcard = at;
      }
    }
    String fixed = clean.substring(0, wildcard);
    Path base = root.resolve(fixed.contains("/") ? fixed.substring(0, fixed.lastIndexOf('/')) : "");
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + clean);
    try (Stream<Path> files = Files.walk(base)) {
      return files.filter(f -> matcher.matches(root.relativize(f))).toList();
    }
  }

  private static List<String> dockerignore() throws IOException {
    Path file = root.resolve(".dockerignore");
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /**
   * Whether Docker would leave {@code relative} out of the context: the last pattern that matches
   * the path or one of its parent directories decides; "!" patterns take a path back in.
   */
  static boolean ignoredByDockerignore(List<String> patterns, String relative) {
    boolean excluded = false;
    for (String line : patterns) {
      boolean negate = line.startsWith("!");
      String pattern = (negate ? line.substring(1) : line).strip();
      pattern = pattern.startsWith("/") ? pattern.substring(1) : pattern;
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      Path path = Path.of(relative);
      boolean matches = false;
      for (Path p = path; p != null; p = p.getParent()) {
        if (matcher.matches(p)) {
          matches = true;
          break;
        }
      }
      if (matches) {
        excluded = !negate;
      }
    }
    return excluded;
  }

  /** A service's environment as strings (map or list form). */
  private static Map<String, String> environment(String service) {
    Map<String, String> env = new LinkedHashMap<>();
    Object raw = services.getOrDefault(service, Map.of()).get("environment");
    if (raw instanceof Map<?, ?> m) {
      m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    } else {
      for (Object item : list(raw)) {
        String[] kv = String.valueOf(item).split("=", 2);
        env.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return env;
  }

  /** ${X:-default} becomes its default, ${X:?message} and ${X} stay placeholders. */
  private static String resolveDefaults(String value) {
    Matcher m = COMPOSE_VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean hasDefault = m.group(2) != null && m.group(2).endsWith("-");
      m.appendReplacement(
          out, Matcher.quoteReplacement(hasDefault ? m.group(3) : "<" + m.group(1) + ">"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Set<String> kafkaAdvertisedAddresses() {
    Set<String> addresses = new TreeSet<>();
    for (String svc : services.keySet()) {
      String listeners = environment(svc).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "");
      for (String listener : listeners.split(",")) {
        int scheme = listener.indexOf("://");
        if (scheme > 0) {
          addresses.add(listener.substring(scheme + 3).strip());
        }
      }
    }
    return addresses;
  }

  private static LibertyModule moduleOf(String service, Map<String, Map<String, String>> liberty) {
    Map<String, String> args = liberty.get(service);
    return args == null ? null : modules.get(args.get("MODULE"));
  }

  private static Directive http() {
    return nginx.stream()
        .filter(d -> d.name().equals("http") && d.block() != null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("nginx.conf has no http block."));
  }

  private static Map<String, List<Directive>> upstreams(Directive http) {
    Map<String, List<Directive>> upstreams = new LinkedHashMap<>();
    for (Directive upstream : http.children("upstream")) {
      upstreams.put(upstream.arg(0), upstream.children("server"));
    }
    return upstreams;
  }

  /** The server block of the gateway (the first one that listens). */
  private static Directive gatewayServer(Directive http) {
    return http.children("server").stream()
        .filter(s -> s.block() != null && !s.children("listen").isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("nginx.conf has no server block that listens."));
  }

  /** The location nginx picks for {@code path}: an exact match, else the longest prefix. */
  private static Optional<Directive> locationFor(Directive server, String path) {
    Directive best = null;
    int bestLength = -1;
    for (Directive location : server.children("location")) {
      List<String> args = location.args();
      if (args.size() == 2 && args.get(0).equals("=")) {
        if (args.get(1).equals(path)) {
          return Optional.of(location);
        }
        continue;
      }
      String prefix = args.size() == 2 && args.get(0).equals("^~") ? args.get(1) : args.get(0);
      if (args.size() == 1 || args.get(0).equals("^~")) {
        if (path.startsWith(prefix) && prefix.length() > bestLength) {
          best = location;
          bestLength = prefix.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static int indexOfRun(List<Instruction> steps, String script) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).keyword().equals("RUN") && steps.get(i).arguments().startsWith(script)) {
        return i;
      }
    }
    return -1;
  }

  private static Instruction stepOfCopy(List<Instruction> steps, int line) {
    return steps.stream().filter(s -> s.line() == line).findFirst().orElse(null);
  }

  /** nginx sizes: 512, 64k, 4m, 1g. */
  private static long size(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    long unit =
        switch (v.charAt(v.length() - 1)) {
          case 'k' -> 1024L;
          case 'm' -> 1024L * 1024;
          case 'g' -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    return Long.parseLong(unit == 1L ? v : v.substring(0, v.length() - 1)) * unit;
  }

  /** nginx times: 500ms, 1s, 2m, 1h (one unit). */
  private static Duration duration(String value) {
    Matcher m = Pattern.compile("^(\\d+)(ms|s|m|h)?$").matcher(value);
    if (!m.matches()) {
      return Duration.ofDays(1);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2) == null ? "s" : m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }
}
