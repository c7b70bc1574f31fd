package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomeController {

  /** A message on the sign-in page: why the last attempt failed, or that the user signed out. */
  public record LoginMessage(String key, boolean error) {}

  @GetMapping("/")
  String home() {
    return "home";
  }

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    LoginMessage message = null;
    if (request.getParameter("locked") != null) {
      message = new LoginMessage("login.locked", true);
    } else if (request.getParameter("disabled") != null) {
      message = new LoginMessage("login.disabled", true);
    } else if (request.getParameter("error") != null) {
      message = new LoginMessage("login.failed", true);
    } else if (request.getParameter("expired") != null) {
      message = new LoginMessage("login.expired", true);
    } else if (request.getParameter("logout") != null) {
      message = new LoginMessage("login.loggedOut", false);
    }
    model.addAttribute("message", message);
    return "login";
  }
}
