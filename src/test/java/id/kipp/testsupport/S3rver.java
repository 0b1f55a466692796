package id.kipp.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real S3-compatible server for one test class: <a href="https://github.com/jamhall/s3rver">s3rver</a> from npm,
 * installed once into {@code target/s3rver} ({@code npm install --prefix target/s3rver s3rver@3.7.1}, skipped when
 * it is there), started before the class on a free port of 127.0.0.1 with a temporary data directory, and stopped
 * (the directory deleted) after it. Register it as a static field, and read {@link #endpoint()} in a
 * {@code @DynamicPropertySource} supplier (Spring reads it when the context starts, after {@code beforeAll}):
 *
 * <pre>{@code
 * @RegisterExtension static final S3rver S3 = new S3rver();
 * }</pre>
 *
 * <p>When neither the installed server nor {@code npm} is found the class is <b>skipped</b> with the reason — unless
 * {@code kipp.s3.required=true} is set (as {@code .ci/run} does): then it fails. Credentials are s3rver's fixed
 * {@link #ACCESS_KEY}/{@link #SECRET_KEY}; buckets are created by whoever uses them. The server's log is
 * {@code target/s3rver/s3rver-<port>.log}.
 */
public final class S3rver implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

  public static final String REQUIRED_PROPERTY = "kipp.s3.required";
  public static final String VERSION = "3.7.1";
  public static final String ACCESS_KEY = "S3RVER";
  public static final String SECRET_KEY = "S3RVER";

  private static final Path PREFIX = Path.of("target", "s3rver");
  private static final Path SCRIPT = PREFIX.resolve(Path.of("node_modules", "s3rver", "bin", "s3rver.js"));
  private static final Path PACKAGE = PREFIX.resolve(Path.of("node_modules", "s3rver", "package.json"));

  private Process process;
  private Path data;
  private int port;

  public static boolean required() {
    return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"));
  }

  /** {@code http://127.0.0.1:<port>}, once started. */
  public String endpoint() {
    if (process == null) {
      throw new IllegalStateException("s3rver is not running (register S3rver as a static @RegisterExtension field)");
    }
    return "http://127.0.0.1:" + port;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (installed()) {
      return ConditionEvaluationResult.enabled("s3rver " + VERSION + " is installed in " + PREFIX);
    }
    if (executable("npm") && executable("node")) {
      return ConditionEvaluationResult.enabled("npm is there to install s3rver " + VERSION);
    }
    if (required()) {
      return ConditionEvaluationResult.enabled(REQUIRED_PROPERTY + "=true"); // fails in beforeAll with the reason
    }
    return ConditionEvaluationResult.disabled("node and npm not found, so s3rver cannot be installed; S3 test skipped"
        + " (install Node.js with npm, or set -D" + REQUIRED_PROPERTY + "=true to fail instead)");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    install();
    data = Files.createTempDirectory("kipp-s3rver-");
    port = freePort();
    File log = PREFIX.resolve("s3rver-" + port + ".log").toFile();
    process = new ProcessBuilder(List.of("node", SCRIPT.toString(), "--directory", data.toString(), "--address",
        "127.0.0.1", "--port", Integer.toString(port), "--no-vhost-buckets"))
        .redirectErrorStream(true).redirectOutput(log).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!answers(port)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        process = null;
        throw new IllegalStateException("s3rver did not start on port " + port + ": "
            + Files.readString(log.toPath(), StandardCharsets.UTF_8));
      }
      Thread.sleep(100);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      process = null;
    }
    if (data != null) {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
      data = null;
    }
  }

  private static boolean installed() {
    try {
      return Files.isRegularFile(SCRIPT)
          && Files.readString(PACKAGE, StandardCharsets.UTF_8).contains("\"version\": \"" + VERSION + "\"");
    } catch (IOException e) {
      return false;
    }
  }

  /** One install per checkout; two test JVMs at once wait for each other (a file lock in the install folder). */
  private static synchronized void install() throws IOException, InterruptedException {
    if (installed()) {
      return;
    }
    if (!executable("npm") || !executable("node")) {
      throw new IllegalStateException("node and npm are needed to install s3rver " + VERSION + " ("
          + REQUIRED_PROPERTY + "=true): install Node.js with npm");
    }
    Files.createDirectories(PREFIX);
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(PREFIX.resolve("install.lock"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock = channel.lock()) {
      if (installed()) {
        return; // the other test JVM installed it meanwhile
      }
      File log = PREFIX.resolve("npm-install.log").toFile();
      Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", PREFIX.toString(), "--no-audit",
          "--no-fund", "s3rver@" + VERSION)).redirectErrorStream(true).redirectOutput(log).start();
      if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !installed()) {
        npm.destroyForcibly();
        throw new IllegalStateException("npm install s3rver@" + VERSION + " failed: "
            + Files.readString(log.toPath(), StandardCharsets.UTF_8));
      }
    }
  }

  private static boolean executable(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    return Stream.of(path.split(File.pathSeparator)).map(dir -> new File(dir, command)).anyMatch(File::canExecute);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
