package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.S3rver;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link DocumentUploadTest} with {@code kipp.documents.store=s3} against a real S3-compatible server
 * ({@link S3rver}): registration over REST with three PDFs, the same bytes stored once, refused files storing
 * nothing, downloads over REST and Java — and the bytes are objects in the bucket, none in the database.
 */
class S3DocumentUploadTest extends DocumentUploadTest {

  @RegisterExtension
  static final S3rver S3 = new S3rver();

  @DynamicPropertySource
  static void s3(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:kipp-documents-s3-test;DB_CLOSE_DELAY=-1");
    registry.add("kipp.documents.store", () -> "s3");
    registry.add("kipp.documents.s3.endpoint", S3::endpoint);
    registry.add("kipp.documents.s3.bucket", () -> "kipp-uploads");
    registry.add("kipp.documents.s3.create-bucket", () -> "true");
    registry.add("kipp.documents.s3.path-style", () -> "true");
    registry.add("kipp.documents.s3.access-key", () -> S3rver.ACCESS_KEY);
    registry.add("kipp.documents.s3.secret-key", () -> S3rver.SECRET_KEY);
  }

  @Test
  void theBytesAreObjectsInTheBucketAndNotInTheDatabase() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < FILES.size(); i++) {
      files.put(FILES.get(i), pdf(50 * 1024, 40 + i));
    }
    String instanceId = registerOverRest("Layanan Berkas di Bucket", files);

    assertThat(store).isInstanceOf(S3DocumentStore.class);
    assertThat(store.ofProcessInstance(instanceId)).hasSize(3).allSatisfy(document -> {
      assertThat(((S3DocumentStore) store).holds(document.sha256())).isTrue();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ? AND content IS NULL",
          Integer.class, document.sha256())).isEqualTo(1);
      assertThat(store.content(document.id())).isEqualTo(files.get(document.variableName()));
    });
  }
}
