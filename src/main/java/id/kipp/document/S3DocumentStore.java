package id.kipp.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 back-end: metadata in the application's tables as with {@link DatabaseDocumentStore} (every upload a
 * {@code document} row, every distinct content a {@code document_content} row with its size), the bytes in an
 * S3-compatible bucket as one object per distinct content, named by its SHA-256 (with {@code key-prefix}).
 *
 * <p>The object is written before its row, in the caller's transaction: a committed row always has its object. When
 * the transaction rolls back (another file of the same submission was refused), the object stays without a row; it
 * is never served, since documents are found through their rows, and {@link #sweepOrphans} removes it after the grace
 * period. Contents stored in the database before the store was switched to S3 (in chunks, or in the
 * column {@code content} before Flyway V37) are still read from the database.
 *
 * <p>Reads stream from the bucket: {@link #copyContent} and {@link #openContent} never hold a file whole;
 * {@link #content} reads it once into an array of its exact size.
 */
public class S3DocumentStore extends DatabaseDocumentStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(S3DocumentStore.class);

  private final S3Client s3;
  private final String bucket;
  private final String keyPrefix;

  public S3DocumentStore(JdbcTemplate jdbc, Supplier<Instant> clock, S3Client s3, DocumentProperties.S3 settings) {
    super(jdbc, clock);
    if (settings.bucket() == null || settings.bucket().isBlank()) {
      throw new IllegalStateException("kipp.documents.store=s3 needs kipp.documents.s3.bucket (KIPP_S3_BUCKET)");
    }
    this.s3 = s3;
    this.bucket = settings.bucket().strip();
    this.keyPrefix = settings.keyPrefix();
    checkBucket(settings.createBucket());
  }

  /** A client for the settings: path-style or virtual-host, endpoint, region, static or the SDK's own credentials. */
  public static S3Client client(DocumentProperties.S3 settings) {
    S3ClientBuilder builder = S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
            .socketTimeout(Duration.ofSeconds(60)))
        .region(Region.of(settings.region()))
        .forcePathStyle(settings.pathStyle())
        // plain (not aws-chunked) uploads: every S3-compatible server takes them, s3rver and some gateways no other
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        // MinIO, Ceph and older S3-compatible servers do not all take the SDK's newer default checksum trailers
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (settings.endpointUri() != null) {
      builder.endpointOverride(settings.endpointUri());
    }
    AwsCredentialsProvider credentials = settings.staticCredentials()
        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().strip(),
            settings.secretKey() == null ? "" : settings.secretKey().strip()))
        : DefaultCredentialsProvider.builder().build();
    return builder.credentialsProvider(credentials).build();
  }

  private void checkBucket(boolean create) {
    try {
      s3.headBucket(request -> request.bucket(bucket));
    } catch (NoSuchBucketException missing) {
      createOrFail(create);
    } catch (S3Exception e) {
      if (e.statusCode() != 404) {
        throw new IllegalStateException("The document bucket \"" + bucket + "\" cannot be reached: " + e.getMessage(),
            e);
      }
      createOrFail(create);
    }
  }

  private void createOrFail(boolean create) {
    if (!create) {
      throw new IllegalStateException("The document bucket \"" + bucket + "\" does not exist: create it, or set"
          + " kipp.documents.s3.create-bucket=true");
    }
    s3.createBucket(request -> request.bucket(bucket));
    LOG.info("Created the document bucket {}", bucket);
  }

  String key(String sha256) {
    return keyPrefix + sha256;
  }

  @Override
  protected void saveContent(String sha256, byte[] content, OffsetDateTime at) {
    if (holdsContent(sha256)) {
      return; // the same bytes uploaded before: neither the object nor its row is written again
    }
    // no copy of the array: the SDK reads it through a stream (again on a retry)
    s3.putObject(request -> request.bucket(bucket).key(key(sha256)).contentLength((long) content.length)
            .contentType("application/octet-stream"),
        RequestBody.fromContentProvider(() -> new ByteArrayInputStream(content), content.length,
            "application/octet-stream"));
    insertContentRow(sha256, content.length, 0, at);
  }

  private InputStream object(long id, Location location) {
    try {
      return s3.getObject(request -> request.bucket(bucket).key(key(location.sha256())));
    } catch (NoSuchKeyException missing) {
      throw new DocumentMissing(id);
    }
  }

  @Override
  public byte[] content(long id) {
    Location location = locate(id);
    if (location.inDatabase()) {
      return super.content(id);
    }
    if (location.size() > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("Document " + id + " is too large to be read whole; read it as a stream");
    }
    try (InputStream in = object(id, location)) {
      // straight into an array of the exact size (InputStream.readNBytes(int) would collect chunks and copy them)
      byte[] bytes = new byte[(int) location.size()];
      int read = in.readNBytes(bytes, 0, bytes.length);
      if (read != bytes.length || in.read() != -1) {
        throw new IllegalStateException("Object " + key(location.sha256()) + " does not have the " + bytes.length
            + " bytes its row records");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void copyContent(long id, OutputStream out) throws IOException {
    Location location = locate(id);
    if (location.inDatabase()) {
      super.copyContent(id, out);
      return;
    }
    try (InputStream in = object(id, location)) {
      in.transferTo(out);
    }
  }

  @Override
  public InputStream openContent(long id) {
    Location location = locate(id);
    return location.inDatabase() ? super.openContent(id) : object(id, location);
  }

  /**
   * The database's orphans (as {@link DatabaseDocumentStore#sweepOrphans}), then the bucket's: every object under
   * the key prefix named by a SHA-256 without a content row, last modified at least {@code grace} ago by the bucket's
   * clock. Each is checked again just before it is removed: an upload of the same bytes writes the object anew
   * (a new last-modified time) before it records the row.
   */
  @Override
  public Sweep sweepOrphans(Duration grace) {
    long contents = sweepContents(now().minus(grace));
    Instant cutoff = Instant.now().minus(grace);
    long objects = 0;
    for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(keyPrefix))
        .contents()) {
      String sha256 = object.key().substring(keyPrefix.length());
      if (!sha256.matches("[0-9a-f]{64}") || object.lastModified().isAfter(cutoff) || recorded(sha256)) {
        continue;
      }
      Instant lastModified;
      try {
        lastModified = s3.headObject(request -> request.bucket(bucket).key(object.key())).lastModified();
      } catch (NoSuchKeyException gone) {
        continue;
      }
      if (lastModified.isAfter(cutoff) || recorded(sha256)) {
        continue;
      }
      s3.deleteObject(request -> request.bucket(bucket).key(object.key()));
      objects++;
    }
    return new Sweep(contents, objects);
  }

  private boolean recorded(String sha256) {
    return holdsContent(sha256);
  }

  /** Whether the bucket holds an object for this content (for tests and the operator's checks). */
  public boolean holds(String sha256) {
    try {
      s3.headObject(request -> request.bucket(bucket).key(key(sha256)));
      return true;
    } catch (NoSuchKeyException missing) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    s3.close();
  }
}
