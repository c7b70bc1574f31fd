package org.lvzhi.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.lvzhi.system.CommitteeDirectory;
import org.lvzhi.system.CommitteeViewing;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The committee switch (ADR 7): an office of a city or province committee looks, read-only, at a
 * committee below its own; the super-administrator at any. The choice lives in the session; an API
 * client sends the {@value CommitteeViewing#HEADER} header instead.
 */
@Controller
@Tag(name = "Committees", description = "委员会切换 — the committees the signed-in user may view")
public class CommitteeViewController {

  /** One line of the switch page. */
  public record Line(long id, String name, int depth, boolean current, boolean own) {}

  private final CommitteeDirectory committees;

  CommitteeViewController(CommitteeDirectory committees) {
    this.committees = committees;
  }

  @GetMapping(CommitteeViewing.SWITCH)
  String page(Model model) {
    model.addAttribute("lines", lines(CurrentUser.require()));
    return "organisation/committee-view";
  }

  @GetMapping("/api/v1/committee-views")
  @ResponseBody
  @Operation(
      summary = "The committees the signed-in user may view",
      description =
          "Their own first, then those below it (every committee for the super-administrator)."
              + " Send a committee's id in the Lvzhi-Committee header to read its records;"
              + " writing is refused while viewing, except for the super-administrator.")
  List<Line> api() {
    return lines(CurrentUser.require());
  }

  /** Switches to a committee, or back to one's own when none (or one's own) is given. */
  @PostMapping(CommitteeViewing.SWITCH)
  String view(
      @RequestParam(required = false) Long committeeId,
      HttpServletRequest request,
      HttpServletResponse response) {
    LvzhiUser user = CurrentUser.require();
    if (committeeId != null && !committees.mayView(user, committeeId)) {
      throw new NotAllowedException("committee.notViewable");
    }
    LvzhiUser switched = user.viewing(committeeId);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            switched, null, switched.getAuthorities()));
    SecurityContextHolder.setContext(context);
    new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    return "redirect:/";
  }

  private List<Line> lines(LvzhiUser user) {
    long working = user.workingCommitteeId() == null ? -1 : user.workingCommitteeId();
    long own = user.committeeId() == null ? -1 : user.committeeId();
    return committees.viewableBy(user).stream()
        .map(v -> new Line(v.id(), v.name(), v.depth(), v.id() == working, v.id() == own))
        .toList();
  }
}
