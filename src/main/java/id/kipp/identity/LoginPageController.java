package id.kipp.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page {@code /masuk} and the logout page {@code /keluar} of the application's own web pages (see {@link
 * WebPageSecurityConfiguration}); Spring Security handles the posted forms.
 */
@Controller
public class LoginPageController {

  @GetMapping(WebPageSecurityConfiguration.LOGIN)
  public String login(@RequestParam(required = false) String gagal, @RequestParam(required = false) String keluar,
      @RequestParam(required = false) String sesi, Authentication authentication, Model model) {
    model.addAttribute("failed", gagal != null);
    model.addAttribute("loggedOut", keluar != null);
    model.addAttribute("expired", sesi != null);
    model.addAttribute("user", authentication == null ? null : authentication.getName());
    return "portal/masuk";
  }

  @GetMapping(WebPageSecurityConfiguration.LOGOUT)
  public String logout(Authentication authentication, Model model) {
    model.addAttribute("user", authentication == null ? null : authentication.getName());
    return "portal/keluar";
  }
}
