package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code kipp.documents.*} as application.yaml and docker/compose.yaml give it (empty environment values included). */
class DocumentPropertiesTest {

  private static DocumentProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("kipp.documents",
        DocumentProperties.class);
  }

  @Test
  void composeDefaultsMeanTheDatabaseAndNoMigration() {
    Map<String, String> compose = new HashMap<>();
    compose.put("kipp.documents.store", "database");
    compose.put("kipp.documents.s3.endpoint", "");
    compose.put("kipp.documents.s3.region", "");
    compose.put("kipp.documents.s3.bucket", "");
    compose.put("kipp.documents.s3.access-key", "");
    compose.put("kipp.documents.s3.secret-key", "");
    compose.put("kipp.documents.s3.path-style", "true");
    compose.put("kipp.documents.s3.create-bucket", "false");
    compose.put("kipp.documents.s3.key-prefix", "");
    compose.put("kipp.documents.migration.enabled", "false");
    DocumentProperties properties = bind(compose);
    assertThat(properties.store()).isEqualTo(DocumentProperties.Store.DATABASE);
    assertThat(properties.s3().region()).isEqualTo("us-east-1");
    assertThat(properties.s3().endpointUri()).isNull();
    assertThat(properties.s3().staticCredentials()).isFalse();
    assertThat(properties.migration().enabled()).isFalse();
    assertThat(properties.migration().batchSize()).isEqualTo(20);

    DocumentProperties none = bind(Map.of());
    assertThat(none.store()).isEqualTo(DocumentProperties.Store.DATABASE);
    assertThat(none.migration().enabled()).isFalse();
  }

  @Test
  void aMinioBucket() {
    DocumentProperties properties = bind(Map.of("kipp.documents.store", "S3",
        "kipp.documents.s3.endpoint", " http://minio:9000 ", "kipp.documents.s3.bucket", "kipp-documents",
        "kipp.documents.s3.access-key", "kipp", "kipp.documents.s3.secret-key", "rahasia",
        "kipp.documents.s3.path-style", "true", "kipp.documents.s3.key-prefix", "kipp/",
        "kipp.documents.migration.enabled", "true", "kipp.documents.migration.batch-size", "50"));
    assertThat(properties.store()).isEqualTo(DocumentProperties.Store.S3);
    assertThat(properties.s3().endpointUri()).hasToString("http://minio:9000");
    assertThat(properties.s3().staticCredentials()).isTrue();
    assertThat(properties.s3().pathStyle()).isTrue();
    assertThat(properties.s3().keyPrefix()).isEqualTo("kipp/");
    assertThat(properties.migration().batchSize()).isEqualTo(50);
  }
}
