package id.kipp.objection;

import id.kipp.document.DocumentStore;
import id.kipp.document.StoredDocument;
import id.kipp.document.Upload;
import id.kipp.document.UploadRules;
import id.kipp.notification.Notifications;
import id.kipp.objection.ObjectionStages.Finalist;
import id.kipp.objection.ObjectionStages.Stage;
import id.kipp.objection.ObjectionStages.State;
import id.kipp.shared.Bahasa;
import id.kipp.shared.CompetitionCalendar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public objections of uji publik: filing (checked, limited, stored unconfirmed with a confirmation e-mail in the
 * outbox, all in one transaction) and confirming through the link. Only a confirmed objection reaches the stage
 * ({@link CollectObjectionsDelegate}).
 */
@Service
public class PublicObjections {

  private static final Logger LOG = LoggerFactory.getLogger(PublicObjections.class);
  static final String TEMPLATE = "konfirmasi-sanggahan";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** An attached PDF as received. */
  public record Attachment(String filename, String mediaType, byte[] content) {}

  /** What happened to a confirmation link. */
  public enum Confirmation { CONFIRMED, ALREADY_CONFIRMED, EXPIRED, UNKNOWN, STAGE_CLOSED }

  /** The result of a confirmation, with the objection's edition when known. */
  public record Confirmed(Confirmation outcome, String editionKey) {}

  private final ObjectionStages stages;
  private final PublicObjectionRepository repository;
  private final PublicObjectionProperties properties;
  private final DocumentStore documents;
  private final Notifications notifications;
  private final CompetitionCalendar calendar;
  private final UploadRules uploadRules;

  public PublicObjections(ObjectionStages stages, PublicObjectionRepository repository,
      PublicObjectionProperties properties, DocumentStore documents, Notifications notifications,
      CompetitionCalendar calendar) {
    this.stages = stages;
    this.repository = repository;
    this.properties = properties;
    this.documents = documents;
    this.notifications = notifications;
    this.calendar = calendar;
    this.uploadRules = new UploadRules(properties.maxFileSizeBytes());
  }

  /**
   * Files an objection against a proposed finalist of the edition's open stage.
   *
   * @param clientAddress the sender's IP address (only its hash is stored, for the per-client limit)
   * @return true when stored; false when the honeypot was filled (nothing stored, the bot is not told)
   * @throws ObjectionRefused when the stage is not open, the input is refused or a limit is reached
   */
  @Transactional
  public boolean file(String editionKey, ObjectionForm form, Attachment attachment, String clientAddress) {
    Stage stage = stages.latest(editionKey).filter(found -> found.state() == State.OPEN)
        .orElseThrow(() -> new ObjectionRefused(409, Map.of("", "Masa uji publik untuk edisi ini tidak sedang dibuka.")));
    if (ObjectionFormRules.honeypotFilled(form)) {
      LOG.info("Public objection for {} dropped: honeypot filled", editionKey);
      return false;
    }
    List<Finalist> finalists = stages.finalists(stage);
    Map<String, String> problems = new LinkedHashMap<>(ObjectionFormRules.check(form,
        finalists.stream().map(Finalist::entryKey).toList(), properties.maxReasonLength()));
    if (attachment != null) {
      byte[] head = Arrays.copyOf(attachment.content(), Math.min(attachment.content().length, UploadRules.HEAD_BYTES));
      List<String> fileProblems = uploadRules.check("Berkas pendukung", attachment.content().length, head,
          attachment.mediaType());
      if (!fileProblems.isEmpty()) {
        problems.put("file", String.join(" ", fileProblems));
      }
      Optional<String> nameProblem = id.kipp.shared.TextHygiene.problem("Nama berkas", attachment.filename(), 200);
      nameProblem.ifPresent(problem -> problems.merge("file", problem, (a, b) -> a + " " + b));
    }
    if (!problems.isEmpty()) {
      throw new ObjectionRefused(400, problems);
    }
    Instant now = calendar.now();
    Instant since = now.minus(properties.window());
    String email = ObjectionFormRules.normalEmail(form.email());
    String client = sha256("kipp-objection-client:" + (clientAddress == null ? "" : clientAddress));
    if (repository.countByEmailSince(email, since) >= properties.maxPerAddress()) {
      throw new ObjectionRefused(429, Map.of("email", "Alamat e-mail ini sudah mengirim " + properties.maxPerAddress()
          + " sanggahan dalam " + hours() + " jam terakhir. Coba lagi nanti."));
    }
    if (repository.countByClientSince(client, since) >= properties.maxPerClient()) {
      throw new ObjectionRefused(429, Map.of("", "Terlalu banyak sanggahan dikirim dari jaringan Anda dalam "
          + hours() + " jam terakhir. Coba lagi nanti."));
    }
    Finalist finalist = finalists.stream().filter(f -> f.entryKey().equals(ObjectionFormRules.strip(form.entryKey())))
        .findFirst().orElseThrow();
    Long documentId = null;
    if (attachment != null) {
      StoredDocument stored = documents.store(new Upload(fileName(attachment.filename()), "application/pdf", null,
          null, null, "publicObjectionFile", finalist.entryKey()), attachment.content());
      documentId = stored.id();
    }
    String token = token();
    Instant expires = now.plus(properties.confirmationValidity());
    repository.insert(editionKey, stage.instanceId(), finalist.entryKey(), ObjectionFormRules.strip(form.reason()),
        ObjectionFormRules.strip(form.name()), email, client, documentId, sha256(token), expires, now);
    ZoneId zone = calendar.zone();
    notifications.notifyAddress(TEMPLATE, email, ObjectionFormRules.strip(form.name()), Map.of(
        "edition", Map.of("key", editionKey, "name", stage.editionName()),
        "entry", Map.of("key", finalist.entryKey(), "title", finalist.title()),
        "confirmation", Map.of("path", "/uji-publik/konfirmasi?token=" + token,
            "until", Bahasa.dateTime(expires, zone))), editionKey, finalist.entryKey());
    return true;
  }

  /** Confirms the objection of {@code token} while its stage is open and the link has not expired. */
  @Transactional
  public Confirmed confirm(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
      return new Confirmed(Confirmation.UNKNOWN, null);
    }
    Optional<PublicObjectionRepository.Stored> found = repository.byTokenHash(sha256(token));
    if (found.isEmpty()) {
      return new Confirmed(Confirmation.UNKNOWN, null);
    }
    PublicObjectionRepository.Stored objection = found.get();
    if (objection.confirmedAt() != null) {
      return new Confirmed(Confirmation.ALREADY_CONFIRMED, objection.editionKey());
    }
    Instant now = calendar.now();
    if (!now.isBefore(objection.tokenExpiresAt())) {
      return new Confirmed(Confirmation.EXPIRED, objection.editionKey());
    }
    boolean open = stages.latest(objection.editionKey())
        .filter(stage -> stage.state() == State.OPEN && stage.instanceId().equals(objection.stageInstanceId()))
        .isPresent();
    if (!open) {
      return new Confirmed(Confirmation.STAGE_CLOSED, objection.editionKey());
    }
    return new Confirmed(repository.confirm(objection.id(), now) ? Confirmation.CONFIRMED
        : Confirmation.ALREADY_CONFIRMED, objection.editionKey());
  }

  private long hours() {
    return Math.max(1, properties.window().toHours());
  }


  private static String fileName(String name) {
    String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "");
    clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1).strip();
    return clean.isEmpty() ? "lampiran-sanggahan.pdf" : clean;
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
