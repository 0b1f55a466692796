package id.kipp.notification;

import id.kipp.shared.Bahasa;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * E-mail templates: plain text in Bahasa Indonesia, the subject on the first line, rendered with Thymeleaf's TEXT
 * mode ({@code [[${entry.title}]]}, {@code [# th:if="${presentation.slot}"]…[/]}). A file {@code <name>.txt} in
 * {@code kipp.notification.template-dir} replaces the built-in {@code classpath:notifications/<name>.txt}; it is read
 * again on every use, so an administrator's change applies to the next message without a restart.
 *
 * <p>This engine is the application's own, separate from the one Spring MVC uses for web pages.
 */
public class NotificationTemplates {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final Path overrideDir;

  public NotificationTemplates(String templateDir) {
    this.overrideDir = templateDir == null || templateDir.isBlank() ? null : Path.of(templateDir).toAbsolutePath();
    int order = 1;
    if (overrideDir != null) {
      FileTemplateResolver files = new FileTemplateResolver();
      files.setPrefix(overrideDir + "/");
      files.setSuffix(".txt");
      files.setTemplateMode(TemplateMode.TEXT);
      files.setCharacterEncoding(StandardCharsets.UTF_8.name());
      files.setCheckExistence(true);
      files.setCacheable(false);
      files.setOrder(order++);
      engine.addTemplateResolver(files);
    }
    ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver(NotificationTemplates.class.getClassLoader());
    builtIn.setPrefix("notifications/");
    builtIn.setSuffix(".txt");
    builtIn.setTemplateMode(TemplateMode.TEXT);
    builtIn.setCharacterEncoding(StandardCharsets.UTF_8.name());
    builtIn.setCheckExistence(true);
    // with a directory, a file added there later must win over an already cached built-in copy
    builtIn.setCacheable(overrideDir == null);
    builtIn.setOrder(order);
    engine.addTemplateResolver(builtIn);
  }

  /** A rendered message: the template's first line is the subject, the rest (without leading blank lines) the body. */
  public record Rendered(String subject, String body) {}

  /** Where template {@code name} comes from: the override directory or the built-in copy (for logs and docs). */
  public String source(String name) {
    checkName(name);
    if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name + ".txt"))) {
      return overrideDir.resolve(name + ".txt").toString();
    }
    return "classpath:notifications/" + name + ".txt";
  }

  /**
   * Renders template {@code name} with {@code model}.
   *
   * @throws IllegalArgumentException for an unknown or broken template (the message says what is wrong and where), or
   *     one without a subject line
   */
  public Rendered render(String name, Map<String, Object> model) {
    checkName(name);
    Context context = new Context(Bahasa.LOCALE);
    context.setVariables(model);
    String text;
    try {
      text = engine.process(name, context).replace("\r\n", "\n");
    } catch (TemplateEngineException e) {
      throw new IllegalArgumentException(describe(e), e);
    }
    int newline = text.indexOf('\n');
    String subject = (newline < 0 ? text : text.substring(0, newline)).replaceAll("\\s+", " ").strip();
    String body = newline < 0 ? "" : text.substring(newline + 1).replaceFirst("^(\\s*\\n)+", "").stripTrailing();
    if (subject.isEmpty()) {
      throw new IllegalArgumentException("Template " + name + " has no subject on its first line");
    }
    return new Rendered(subject, body + "\n");
  }

  /**
   * What is wrong and where: the innermost Thymeleaf message (it names the template, line and column) and, when the
   * expression itself failed, the expression language's reason (e.g. an unknown variable).
   */
  private static String describe(TemplateEngineException e) {
    TemplateEngineException innermost = e;
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof TemplateEngineException engineException) {
        innermost = engineException;
      }
    }
    Throwable reason = innermost.getCause();
    return reason == null || reason.getMessage() == null ? innermost.getMessage()
        : innermost.getMessage() + ": " + reason.getMessage();
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid template name: " + name);
    }
  }
}
