package id.kipp.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * One login for the portal and the Camunda webapps: a successful login at {@code /masuk} also logs the user in to the
 * webapps (Tasklist, Cockpit, Admin) in the same HTTP session, exactly as the webapps' own login would
 * ({@link AuthenticationUtil#createAuthentication}: groups, tenants and the apps the user may open), so the portal's
 * link to a task in Tasklist opens the task without a second login. Logging out at {@code /keluar} ends the session,
 * and with it both logins. Then back to the page first asked for, else {@code /portal}.
 */
class WebappSingleLogin extends SavedRequestAwareAuthenticationSuccessHandler {

  private final ProcessEngine engine;

  WebappSingleLogin(ProcessEngine engine, RequestCache requestCache, String defaultPage) {
    this.engine = engine;
    setRequestCache(requestCache);
    setDefaultTargetUrl(defaultPage);
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws ServletException, IOException {
    UserAuthentication webapps = AuthenticationUtil.createAuthentication(engine, authentication.getName());
    if (webapps != null) {
      Authentications logins = AuthenticationUtil.getAuthsFromSession(request.getSession());
      logins.addOrReplace(webapps);
      AuthenticationUtil.updateSession(request.getSession(), logins);
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
