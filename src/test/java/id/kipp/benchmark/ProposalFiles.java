package id.kipp.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Proposals of a realistic size for the benchmark ({@code -Dbenchmark.documentMiB}): a valid PDF whose one content
 * stream is filled with pseudo-random bytes, as the compressed streams of a real 2-5 MB proposal are (so neither the
 * document store's deduplication nor PostgreSQL's compression makes them cheaper than real files). Every entry and
 * file gets bytes of its own.
 *
 * <p>The driver runs in the application's JVM and shares its cores, so it does not generate 6 MiB of random bytes per
 * entry (that was about a tenth of the registration's CPU): the random body is made once per size, and every file is
 * a copy of it with its own seed written into the first eight bytes of every 4 KiB of the stream. Each file thus
 * differs from every other in every page and has a SHA-256 of its own; the server hashes, checks and stores all of
 * its bytes as it would a real file's.
 */
final class ProposalFiles {

  /** Every this many bytes of the stream, eight bytes are the file's own. */
  private static final int OWN_BYTES_EVERY = 4096;

  private static final Map<Integer, byte[]> TEMPLATES = new ConcurrentHashMap<>();
  private static final int HEAD_LENGTH = head(0).length;

  private ProposalFiles() {}

  static FileValue pdf(String fileName, int mib, long seed) {
    byte[] content = Arrays.copyOf(TEMPLATES.computeIfAbsent(mib, ProposalFiles::template), (int) size(mib));
    SplittableRandom own = new SplittableRandom(seed);
    int end = content.length - TAIL.length - 8;
    for (int i = HEAD_LENGTH; i <= end; i += OWN_BYTES_EVERY) {
      long value = own.nextLong();
      for (int b = 0; b < 8; b++) {
        content[i + b] = (byte) (value >>> (8 * b));
      }
    }
    return Variables.fileValue(fileName).file(content).mimeType("application/pdf").create();
  }

  /** A valid PDF of {@code mib} MiB: the head, one stream of pseudo-random bytes, the tail. */
  private static byte[] template(int mib) {
    int size = (int) size(mib);
    byte[] head = head(size);
    byte[] content = new byte[size];
    System.arraycopy(head, 0, content, 0, head.length);
    SplittableRandom random = new SplittableRandom(mib);
    int end = size - TAIL.length;
    for (int i = head.length; i < end; i += 8) {
      long value = random.nextLong();
      for (int b = 0; b < 8 && i + b < end; b++) {
        content[i + b] = (byte) (value >>> (8 * b));
      }
    }
    System.arraycopy(TAIL, 0, content, end, TAIL.length);
    return content;
  }

  private static final byte[] TAIL = "\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  /** The PDF's objects up to its stream; the stream's length written with ten digits, so every head is as long. */
  private static byte[] head(int size) {
    return ("%PDF-1.4\n"
        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        + "4 0 obj << /Length " + String.format("%010d", size) + " /Filter /FlateDecode >> stream\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static long size(int mib) {
    return mib * 1024L * 1024L;
  }
}
