package id.kipp.document;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code kipp.documents}: where the bytes of uploaded files go ({@code store: database|s3}), the S3
 * bucket when they go to object storage, the migration of files the engine still holds as byte arrays, and the sweep
 * of bytes no upload refers to.
 */
@ConfigurationProperties(prefix = "kipp.documents")
public record DocumentProperties(Store store, S3 s3, Migration migration, OrphanSweep orphanSweep) {

  public enum Store { DATABASE, S3 }

  public DocumentProperties {
    store = store == null ? Store.DATABASE : store;
    s3 = s3 == null ? new S3(null, null, null, null, null, true, false, null) : s3;
    migration = migration == null ? new Migration(false, 20) : migration;
    orphanSweep = orphanSweep == null ? new OrphanSweep(false, null, null) : orphanSweep;
  }

  /**
   * An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, ...).
   *
   * @param endpoint e.g. {@code http://minio:9000}; empty: AWS's own endpoint for the region
   * @param region the bucket's region (MinIO and Ceph accept any, e.g. {@code us-east-1})
   * @param accessKey with {@code secretKey}: static credentials; empty: the SDK's default chain (environment
   *     {@code AWS_ACCESS_KEY_ID}, instance profile, ...)
   * @param pathStyle {@code http://host/bucket/key} instead of {@code http://bucket.host/key} (MinIO, Ceph)
   * @param createBucket create the bucket at start when it does not exist (else it must exist)
   * @param keyPrefix put in front of every object's key (its SHA-256), e.g. {@code kipp/}
   */
  public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey,
      boolean pathStyle, boolean createBucket, String keyPrefix) {

    public S3 {
      region = region == null || region.isBlank() ? "us-east-1" : region;
      keyPrefix = keyPrefix == null ? "" : keyPrefix;
    }

    URI endpointUri() {
      return endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint.strip());
    }

    boolean staticCredentials() {
      return accessKey != null && !accessKey.isBlank();
    }
  }

  /**
   * Moving files from the engine's byte arrays into the store ({@link LegacyFileMigration}).
   *
   * @param enabled run the migration in the background after start (idempotent: safe to leave on)
   * @param batchSize files moved per round; each file is moved in a transaction of its own
   */
  public record Migration(boolean enabled, int batchSize) {

    public Migration {
      batchSize = batchSize <= 0 ? 20 : batchSize;
    }
  }

  /**
   * Removing bytes no upload refers to ({@link DocumentStore#sweepOrphans}, {@link OrphanSweepRunner}).
   *
   * @param enabled sweep in the background after start and then every {@code interval}
   * @param grace only what was stored at least this long ago (default one day: longer than any upload's transaction)
   * @param interval time between sweeps (default one day)
   */
  public record OrphanSweep(boolean enabled, Duration grace, Duration interval) {

    public OrphanSweep {
      grace = grace == null || grace.isNegative() ? Duration.ofDays(1) : grace;
      interval = interval == null || interval.isNegative() || interval.isZero() ? Duration.ofDays(1) : interval;
    }
  }
}
