package id.kipp.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fresh PostgreSQL databases ({@link FreshPostgres}) that several {@code *OnPostgresTest} classes share with one Spring
 * context, as their H2 originals share one. A class implements the interface of its group: Spring finds the
 * interface's {@code @DynamicPropertySource} method, the same method for every class of the group, so the classes'
 * configurations are equal and the context (and its database) is built once for them all. A class whose H2 original
 * has a context of its own keeps its own {@code @DynamicPropertySource} method.
 */
public final class SharedPostgres {

  private SharedPostgres() {}

  /** The context of the demo edition in {@code jdbc:h2:mem:kipp-tasklist-work}: TasklistWorkBrowserTest, EditionStartFormBrowserTest. */
  public interface TasklistWorkContext {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
      FreshPostgres.register(registry, "tasklistwork");
    }
  }
}
