package id.kipp.identity.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what any client sends (application.yaml {@code kipp.input.*}): a text field of a form (at most the engine's
 * 4,000 characters of a string variable), a comment on a task, and a whole request body to the engine's APIs.
 */
@ConfigurationProperties(prefix = "kipp.input")
public record InputLimits(Integer maxTextLength, Integer maxCommentLength, Long maxRequestBytes) {

  public static final int ENGINE_TEXT_LIMIT = 4000;

  public InputLimits {
    maxTextLength = maxTextLength == null ? ENGINE_TEXT_LIMIT : maxTextLength;
    maxCommentLength = maxCommentLength == null ? 2000 : maxCommentLength;
    maxRequestBytes = maxRequestBytes == null ? 40L * 1024 * 1024 : maxRequestBytes;
    if (maxTextLength < 1 || maxTextLength > ENGINE_TEXT_LIMIT) {
      throw new IllegalArgumentException("kipp.input.max-text-length must be 1 to " + ENGINE_TEXT_LIMIT + ", not "
          + maxTextLength);
    }
    if (maxCommentLength < 1 || maxCommentLength > ENGINE_TEXT_LIMIT) {
      throw new IllegalArgumentException("kipp.input.max-comment-length must be 1 to " + ENGINE_TEXT_LIMIT);
    }
    if (maxRequestBytes < 1024 * 1024) {
      throw new IllegalArgumentException("kipp.input.max-request-bytes must be at least 1 MiB");
    }
  }
}
