package id.kipp.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN/DMN models of {@code processes/} and the forms of {@code forms/} as one deployment named
 * {@value #DEPLOYMENT_NAME}, with stable resource names ({@code processes/inovasi.bpmn},
 * {@code forms/pendaftaran-inovasi.html}) so that {@code embedded:deployment:} forms resolve. Duplicate filtering
 * makes a restart with unchanged files deploy nothing; a changed file creates a new deployment.
 */
@Component
public class ProcessResourceDeployer implements SmartInitializingSingleton {

  public static final String DEPLOYMENT_NAME = "kompetisi-inovasi";
  static final String[] PATTERNS = {
      "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
      "classpath*:forms/**/*.form", "classpath*:forms/**/*.html"};

  private static final Logger LOG = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  private final RepositoryService repositoryService;

  public ProcessResourceDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** Runs once all beans (the process engine among them) exist, before the application reports ready. */
  @Override
  public void afterSingletonsInstantiated() {
    deploy();
  }

  public Deployment deploy() {
    Map<String, byte[]> resources = collectResources();
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("kompetisi-inovasi startup")
        .enableDuplicateFiltering(false);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    Deployment deployment = builder.deploy();
    LOG.info("Deployed {} resources ({}): {}", resources.size(), deployment.getId(), resources.keySet());
    return deployment;
  }

  static Map<String, byte[]> collectResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> resources = new TreeMap<>();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          String url = resource.getURL().toString();
          String folder = pattern.contains("processes/") ? "processes/" : "forms/";
          String name = url.substring(url.lastIndexOf(folder));
          try (InputStream in = resource.getInputStream()) {
            resources.put(name, in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read process resources from the classpath", e);
    }
    return resources;
  }
}
