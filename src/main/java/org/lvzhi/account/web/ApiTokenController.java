package org.lvzhi.account.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.lvzhi.account.ApiTokens;
import org.lvzhi.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account's own API tokens: issue one (shown once), see when each was last used, revoke. */
@Controller
public class ApiTokenController {

  static final String PAGE = "/account/tokens";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A token's row, its times in the committee's zone. */
  public record Row(
      long id,
      String name,
      String hint,
      String created,
      String expires,
      String lastUsed,
      String state) {}

  /** What the page shows: the rows, a token just issued (once), the form's problems. */
  public record View(
      List<Row> rows, String issued, String name, String days, Map<String, String> errors) {}

  private final ApiTokens tokens;
  private final Clock clock;

  ApiTokenController(ApiTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("view", view((String) model.asMap().get("issuedToken"), "", "", Map.of()));
    return "account/tokens";
  }

  @PostMapping(PAGE)
  String issue(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String days,
      Model model,
      RedirectAttributes redirect) {
    try {
      Integer validity = days.isBlank() ? null : parse(days);
      ApiTokens.IssuedToken issued = tokens.issue(name, validity);
      redirect.addFlashAttribute("issuedToken", issued.token());
      return "redirect:" + PAGE;
    } catch (InvalidInputException e) {
      model.addAttribute("view", view(null, name, days, e.fieldErrors()));
      return "account/tokens";
    }
  }

  @PostMapping(PAGE + "/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    tokens.revoke(id);
    org.lvzhi.system.Flash.notice(redirect, org.lvzhi.system.Texts.of("apiToken.revokedDone"));
    return "redirect:" + PAGE;
  }

  private static int parse(String days) {
    try {
      return Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          Map.of("days", org.lvzhi.system.Texts.of("apiToken.days.range", ApiTokens.MAX_DAYS)));
    }
  }

  private View view(String issued, String name, String days, Map<String, String> errors) {
    List<Row> rows =
        tokens.mine().stream()
            .map(
                t ->
                    new Row(
                        t.id(),
                        t.name(),
                        t.hint(),
                        when(t.createdAt()),
                        when(t.expiresAt()),
                        t.lastUsedAt() == null ? null : when(t.lastUsedAt()),
                        t.revokedAt() != null ? "revoked" : t.active() ? "active" : "expired"))
            .toList();
    return new View(rows, issued, name, days, errors);
  }

  private String when(OffsetDateTime time) {
    return time.atZoneSameInstant(clock.getZone()).format(WHEN);
  }
}
