package org.lvzhi.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password; the only page an account with a one-time password may open. */
@Controller
public class PasswordController {

  /** The form's problems by field, empty before the first attempt. */
  public record PasswordForm(boolean mustChange, Map<String, String> errors) {}

  private final Accounts accounts;

  PasswordController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute(
        "form", new PasswordForm(CurrentUser.require().mustChangePassword(), Map.of()));
    return "account/password";
  }

  @PostMapping("/account/password")
  String change(
      @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword,
      @RequestParam(defaultValue = "") String confirmation,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    LvzhiUser user = CurrentUser.require();
    try {
      String hash = accounts.changePassword(user, currentPassword, newPassword, confirmation);
      refreshSignIn(user.withPasswordChanged(hash), request, response);
      Flash.notice(
          redirect,
          model.getAttribute("layout") instanceof org.lvzhi.system.Layout layout
              ? layout.t("password.changed")
              : "OK");
      return "redirect:/";
    } catch (InvalidInputException e) {
      model.addAttribute("form", new PasswordForm(user.mustChangePassword(), e.fieldErrors()));
      return "account/password";
    }
  }

  /** The session keeps the signed-in user; it must now know the one-time password is gone. */
  static void refreshSignIn(
      LvzhiUser user, HttpServletRequest request, HttpServletResponse response) {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    new HttpSessionSecurityContextRepository().saveContext(context, request, response);
  }
}
