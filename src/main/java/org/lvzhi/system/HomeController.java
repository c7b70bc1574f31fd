package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
public class HomeController {

  private final WaitingList waiting;

  HomeController(WaitingList waiting) {
    this.waiting = waiting;
  }

  /** A message on the sign-in page: why the last attempt failed, or that the user signed out. */
  public record LoginMessage(String key, boolean error) {}

  /**
   * The sign-in page after an attempt refused because the address made too many failures: the same
   * message as every other failure, answered 429 (reached by a forward from the login POST).
   */
  @RequestMapping("/login/refused")
  String refused(Model model, HttpServletResponse response) {
    response.setStatus(429);
    model.addAttribute("message", new LoginMessage("login.failed", true));
    return "login";
  }

  /** What waits for the signed-in user, then their shortcuts (not a second copy of the menu). */
  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("home", new HomePage(waiting.mine(), waiting.shortcuts()));
    return "home";
  }

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    LoginMessage message = null;
    if (request.getParameter("error") != null) {
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
