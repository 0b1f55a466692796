package id.kipp.testsupport;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import id.kipp.notification.NotificationSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test's JVM (GreenMail) on a free port of 127.0.0.1, as a JUnit 5 extension:
 * {@code @RegisterExtension static final SmtpServer GREEN_MAIL = new SmtpServer();}, and in the class's
 * {@code @DynamicPropertySource} method {@code GREEN_MAIL.register(registry)} points the application's mail sender at
 * it. As GreenMail's own extension, a fresh server for every test method: nothing received outlives its test.
 *
 * <p>The port is chosen once, when the class is loaded, so it is part of the class's Spring context configuration:
 * a class with this server has a context of its own.
 */
public class SmtpServer extends GreenMailExtension {

  private static final String HOST = "127.0.0.1";

  private final int port;

  public SmtpServer() {
    this(freePort());
  }

  private SmtpServer(int port) {
    super(new ServerSetup(port, HOST, "smtp"));
    this.port = port;
  }

  public int port() {
    return port;
  }

  /** Points {@code spring.mail} at this server. */
  public void register(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> HOST);
    registry.add("spring.mail.port", () -> port);
  }

  /**
   * Runs the application's sender until nothing is due, so that this server received every message that was due
   * (the background sender is off in tests); fails when the outbox does not empty.
   */
  public static void sendAll(NotificationSender sender) {
    for (int round = 0; round < 100; round++) {
      NotificationSender.Round done = sender.sendDue();
      if (done.sent() + done.retried() + done.failed() == 0) {
        return;
      }
    }
    throw new AssertionError("the outbox does not empty");
  }

  /** The messages received so far whose first recipient contains {@code address}, in the order received. */
  public List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(getReceivedMessages()).filter(message -> firstRecipient(message).contains(address)).toList();
  }

  private static String firstRecipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
