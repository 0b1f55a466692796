package id.kipp.hostile;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Every endpoint of the engine's REST API that can change something (POST, PUT, DELETE, PATCH), read from the JAX-RS
 * annotations of the REST classes on the class path — so an endpoint added by a Camunda upgrade is in the sweep without
 * anyone writing a case for it.
 */
final class EngineRestEndpoints {

  /** One endpoint: HTTP method, path template (e.g. {@code /task/{id}/submit-form}) and the Java method's name. */
  record Endpoint(String httpMethod, String path, String javaMethod) {
    @Override
    public String toString() {
      return httpMethod + " " + path;
    }
  }

  private EngineRestEndpoints() {}

  static List<Endpoint> writes() {
    Set<Endpoint> endpoints = new LinkedHashSet<>();
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      String root = path(resource);
      if (root != null) {
        collect(resource, root, endpoints, 0);
      }
    }
    // the same resources under /engine/{name}/... (a named engine) are left out: this installation has one engine
    endpoints.removeIf(endpoint -> endpoint.path().startsWith("/engine/{name}"));
    List<Endpoint> sorted = new ArrayList<>(endpoints);
    sorted.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
    return sorted;
  }

  private static void collect(Class<?> type, String prefix, Set<Endpoint> into, int depth) {
    if (depth > 5) {
      return;
    }
    for (Method method : type.getMethods()) {
      Path path = method.getAnnotation(Path.class);
      String full = join(prefix, path == null ? "" : path.value());
      String http = httpMethod(method);
      if (http != null) {
        if (!http.equals("GET") && !http.equals("HEAD") && !http.equals("OPTIONS")) {
          into.add(new Endpoint(http, full, method.getName()));
        }
      } else if (path != null && !method.getReturnType().equals(Object.class)) {
        collect(method.getReturnType(), full, into, depth + 1); // a sub-resource locator
      }
    }
  }

  private static String httpMethod(Method method) {
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    if (method.isAnnotationPresent(PATCH.class)) {
      return "PATCH";
    }
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(HEAD.class)) {
      return "HEAD";
    }
    return method.isAnnotationPresent(OPTIONS.class) ? "OPTIONS" : null;
  }

  private static String path(Class<?> type) {
    Path path = type.getAnnotation(Path.class);
    if (path != null) {
      return path.value();
    }
    for (Class<?> contract : type.getInterfaces()) {
      if (contract.getAnnotation(Path.class) != null) {
        return contract.getAnnotation(Path.class).value();
      }
    }
    return null;
  }

  private static String join(String prefix, String path) {
    String joined = (prefix + "/" + path).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
  }
}
