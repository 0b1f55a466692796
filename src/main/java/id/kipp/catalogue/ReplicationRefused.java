package id.kipp.catalogue;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A replication that is not recorded, with the reasons in Bahasa Indonesia and the HTTP status to answer with. */
public class ReplicationRefused extends RuntimeException {

  private final HttpStatus status;
  private final List<String> problems;

  public ReplicationRefused(HttpStatus status, List<String> problems) {
    super(String.join(" ", problems));
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  public ReplicationRefused(HttpStatus status, String problem) {
    this(status, List.of(problem));
  }

  public HttpStatus status() {
    return status;
  }

  public List<String> problems() {
    return problems;
  }
}
