package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.S3rver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LegacyFileMigrationTest} with {@code kipp.documents.store=s3} against a real S3-compatible server
 * ({@link S3rver}): the engine's byte arrays move into the bucket; afterwards no content of the store is kept in the
 * database.
 */
class S3LegacyFileMigrationTest extends LegacyFileMigrationTest {

  @RegisterExtension
  static final S3rver S3 = new S3rver();

  @DynamicPropertySource
  static void s3(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:kipp-document-migration-s3-test;DB_CLOSE_DELAY=-1");
    registry.add("kipp.documents.store", () -> "s3");
    registry.add("kipp.documents.s3.endpoint", S3::endpoint);
    registry.add("kipp.documents.s3.bucket", () -> "kipp-migration");
    registry.add("kipp.documents.s3.create-bucket", () -> "true");
    registry.add("kipp.documents.s3.access-key", () -> S3rver.ACCESS_KEY);
    registry.add("kipp.documents.s3.secret-key", () -> S3rver.SECRET_KEY);
  }

  @AfterEach
  void everyContentIsInTheBucket() {
    assertThat(store).isInstanceOf(S3DocumentStore.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE content IS NOT NULL", Long.class))
        .isZero();
    assertThat(jdbc.queryForList("SELECT sha256 FROM document_content", String.class))
        .isNotEmpty().allSatisfy(sha256 -> assertThat(((S3DocumentStore) store).holds(sha256.strip())).isTrue());
  }
}
