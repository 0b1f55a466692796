package id.kipp.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The write endpoints the sweep in {@link HostileClientTest} calls are read from the REST API itself. */
class EngineRestEndpointsTest {

  @Test
  void theWriteEndpointsOfTheRestApiAreFound() {
    List<EngineRestEndpoints.Endpoint> endpoints = EngineRestEndpoints.writes();
    System.out.println(endpoints.size() + " write endpoints");
    assertThat(endpoints).extracting(Object::toString).contains("POST /task/{id}/submit-form",
        "PUT /task/{id}/variables/{varId}", "POST /message", "POST /process-instance/{id}/modification",
        "POST /process-definition/key/{key}/start", "POST /external-task/fetchAndLock", "DELETE /deployment/{id}");
    assertThat(endpoints).hasSizeGreaterThan(150);
  }
}
