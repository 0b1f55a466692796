package id.kipp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Start-up deployment: unchanged files deploy nothing; a changed table gets a new version alone; a changed entry
 * process takes its embedded registration form along. (The changes are XML comments: behaviour stays the same for
 * the other tests sharing this engine.)
 */
@SpringBootTest
@ActiveProfiles("test")
class ProcessResourceDeployerTest {

  @Autowired
  ProcessResourceDeployer deployer;

  @Autowired
  RepositoryService repository;

  private static byte[] withComment(byte[] xml, String comment) {
    return (new String(xml, StandardCharsets.UTF_8) + "\n<!-- " + comment + " -->\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void onlyChangedResourcesGetNewVersions() {
    Map<String, byte[]> resources = new TreeMap<>(ProcessResourceDeployer.collectResources());
    assertThat(deployer.deploy(resources)).as("nothing changed").isNull();

    int rubricVersion = repository.createDecisionDefinitionQuery().decisionDefinitionKey("rubrik-penilaian")
        .latestVersion().singleResult().getVersion();
    resources.put("processes/rubrik-penilaian.dmn", withComment(resources.get("processes/rubrik-penilaian.dmn"), "diubah"));
    Deployment tableOnly = deployer.deploy(resources);
    assertThat(repository.getDeploymentResourceNames(tableOnly.getId())).containsExactly("processes/rubrik-penilaian.dmn");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("rubrik-penilaian").latestVersion()
        .singleResult().getVersion()).isEqualTo(rubricVersion + 1);
    assertThat(deployer.deploy(resources)).as("already deployed").isNull();

    resources.put("processes/inovasi.bpmn", withComment(resources.get("processes/inovasi.bpmn"), "diubah"));
    Deployment process = deployer.deploy(resources);
    assertThat(repository.getDeploymentResourceNames(process.getId()))
        .containsExactlyInAnyOrder("processes/inovasi.bpmn", "forms/pendaftaran-inovasi.html");

    resources.put("forms/pendaftaran-inovasi.html", withComment(resources.get("forms/pendaftaran-inovasi.html"), "diubah"));
    Deployment form = deployer.deploy(resources);
    assertThat(repository.getDeploymentResourceNames(form.getId()))
        .as("a changed embedded form takes its process along")
        .containsExactlyInAnyOrder("processes/inovasi.bpmn", "forms/pendaftaran-inovasi.html");
  }
}
