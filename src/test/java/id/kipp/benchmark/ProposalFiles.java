package id.kipp.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Proposals of a realistic size for the benchmark ({@code -Dbenchmark.documentMiB}): a valid PDF whose one content
 * stream is filled with pseudo-random bytes, as the compressed streams of a real 2-5 MB proposal are (so neither the
 * document store's deduplication nor PostgreSQL's compression makes them cheaper than real files). Every entry and
 * file gets bytes of its own.
 */
final class ProposalFiles {

  private ProposalFiles() {}

  static FileValue pdf(String fileName, int mib, long seed) {
    int size = mib * 1024 * 1024;
    byte[] head = ("%PDF-1.4\n"
        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        + "4 0 obj << /Length " + size + " /Filter /FlateDecode >> stream\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] content = new byte[size];
    System.arraycopy(head, 0, content, 0, head.length);
    SplittableRandom random = new SplittableRandom(seed);
    int end = size - tail.length;
    for (int i = head.length; i < end; i += 8) {
      long value = random.nextLong();
      for (int b = 0; b < 8 && i + b < end; b++) {
        content[i + b] = (byte) (value >>> (8 * b));
      }
    }
    System.arraycopy(tail, 0, content, end, tail.length);
    return Variables.fileValue(fileName).file(content).mimeType("application/pdf").create();
  }

  static long size(int mib) {
    return mib * 1024L * 1024L;
  }
}
