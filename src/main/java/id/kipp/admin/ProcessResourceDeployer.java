package id.kipp.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * {@code forms/pendaftaran-inovasi.html}) so that {@code embedded:deployment:} forms resolve. A restart with
 * unchanged files deploys nothing; changed files (and only they, with their embedded forms) get new versions.
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
    return deploy(collectResources());
  }

  /**
   * Deploys only the resources that differ from what the earlier start-up deployments hold, so only changed models and
   * forms get new versions; returns null when nothing changed. A BPMN and the embedded forms it names
   * ({@code embedded:deployment:forms/...}) always travel together, because the engine looks such a form up in the
   * deployment of the process version that uses it.
   */
  Deployment deploy(Map<String, byte[]> resources) {
    Map<String, byte[]> deployed = deployedResources(resources.keySet());
    Set<String> changed = new TreeSet<>();
    resources.forEach((name, bytes) -> {
      if (!Arrays.equals(bytes, deployed.get(name))) {
        changed.add(name);
      }
    });
    if (changed.isEmpty()) {
      LOG.info("Process resources unchanged: nothing deployed");
      return null;
    }
    for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
      Set<String> forms = embeddedForms(resource.getValue());
      if (changed.contains(resource.getKey()) || forms.stream().anyMatch(changed::contains)) {
        changed.add(resource.getKey());
        forms.stream().filter(resources::containsKey).forEach(changed::add);
      }
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("kompetisi-inovasi startup");
    changed.forEach(name -> builder.addInputStream(name, new ByteArrayInputStream(resources.get(name))));
    Deployment deployment = builder.deploy();
    LOG.info("Deployed {} changed resources ({}): {}", changed.size(), deployment.getId(), changed);
    return deployment;
  }

  /** The newest start-up deployed content of each named resource. */
  private Map<String, byte[]> deployedResources(Set<String> names) {
    Map<String, byte[]> deployed = new HashMap<>();
    for (Deployment deployment : repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list()) {
      for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
        if (names.contains(name) && !deployed.containsKey(name)) {
          try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), name)) {
            deployed.put(name, in.readAllBytes());
          } catch (IOException e) {
            throw new IllegalStateException("Cannot read deployed resource " + name, e);
          }
        }
      }
      if (deployed.keySet().containsAll(names)) {
        break;
      }
    }
    return deployed;
  }

  private static final Pattern EMBEDDED_FORM = Pattern.compile("embedded:deployment:([^\"'\\s]+)");

  static Set<String> embeddedForms(byte[] content) {
    Set<String> forms = new TreeSet<>();
    Matcher matcher = EMBEDDED_FORM.matcher(new String(content, StandardCharsets.UTF_8));
    while (matcher.find()) {
      forms.add(matcher.group(1));
    }
    return forms;
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
