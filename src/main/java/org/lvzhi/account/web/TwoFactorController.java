package org.lvzhi.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Base64;
import java.util.List;
import org.lvzhi.account.TwoFactor;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.SecondFactor;
import org.lvzhi.system.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-factor codes on the pages: enrolment on the account's own page (QR code, first code, recovery
 * codes shown once) and the second step of signing in, before which the session is not signed in.
 */
@Controller
public class TwoFactorController {

  /** What the enrolment page shows. */
  public record Enrolment(
      boolean enrolled, boolean mustEnrol, String secret, String qrDataUri, String error) {}

  /** What the code page shows. */
  public record CodeStep(String error) {}

  private static final String SECRET = "lvzhi.twoFactor.secret";
  private final TwoFactor twoFactor;

  TwoFactorController(TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
  }

  @GetMapping(SecondFactor.ENROL_PAGE)
  String enrolment(HttpSession session, Model model) {
    LvzhiUser user = enrollable();
    model.addAttribute("enrolment", enrolment(user, session, null));
    return "account/two-factor";
  }

  @PostMapping(SecondFactor.ENROL_PAGE)
  String confirm(@RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
    LvzhiUser user = enrollable();
    String secret = (String) session.getAttribute(SECRET);
    try {
      List<String> codes = twoFactor.confirm(user, secret, code);
      session.removeAttribute(SECRET);
      session.removeAttribute(SecondFactor.MUST_ENROL);
      model.addAttribute("codes", codes);
      return "account/recovery-codes";
    } catch (InvalidInputException e) {
      model.addAttribute("enrolment", enrolment(user, session, e.fieldErrors().get("code")));
      return "account/two-factor";
    }
  }

  @GetMapping(SecondFactor.CODE_PAGE)
  String codeForm(HttpServletRequest request, Model model) {
    if (pending(request) == null) {
      return "redirect:/login";
    }
    model.addAttribute("step", new CodeStep(null));
    return "account/code";
  }

  @PostMapping(SecondFactor.CODE_PAGE)
  String code(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Authentication pending = pending(request);
    if (pending == null || !(pending.getPrincipal() instanceof LvzhiUser user)) {
      return "redirect:/login";
    }
    String address = request.getRemoteAddr();
    if (twoFactor.verifySignIn(user, code, address)) {
      request.getSession().removeAttribute(SecondFactor.PENDING);
      request.changeSessionId();
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(pending);
      SecurityContextHolder.setContext(context);
      new HttpSessionSecurityContextRepository().saveContext(context, request, response);
      return "redirect:/";
    }
    if (!twoFactor.maySignIn(user, address)) {
      // Too many wrong codes: back to the password, with the one failure message.
      request.getSession().removeAttribute(SecondFactor.PENDING);
      return "redirect:/login?error";
    }
    model.addAttribute("step", new CodeStep(Texts.of("twoFactor.codeWrong")));
    return "account/code";
  }

  private LvzhiUser enrollable() {
    LvzhiUser user = CurrentUser.require();
    if (!twoFactor.mayEnrol(user)) {
      throw new NotAllowedException("twoFactor.notForRole");
    }
    return user;
  }

  private Enrolment enrolment(LvzhiUser user, HttpSession session, String error) {
    boolean mustEnrol = session.getAttribute(SecondFactor.MUST_ENROL) != null;
    if (twoFactor.enrolled(user)) {
      return new Enrolment(true, mustEnrol, null, null, null);
    }
    String secret = (String) session.getAttribute(SECRET);
    if (secret == null) {
      secret = twoFactor.newSecret();
      session.setAttribute(SECRET, secret);
    }
    String png = Base64.getEncoder().encodeToString(twoFactor.qrPng(user.username(), secret));
    return new Enrolment(false, mustEnrol, secret, "data:image/png;base64," + png, error);
  }

  private static Authentication pending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (Authentication) session.getAttribute(SecondFactor.PENDING);
  }
}
