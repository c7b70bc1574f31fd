package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Looking at a committee below one's own (ADR 7). A browser session switches on the committee
 * switch page, which keeps the choice in the session; an API client names the committee in the
 * {@value #HEADER} header of each request. Either way, while an office looks at another committee
 * it only reads: every request that could change something is refused here, before it reaches a
 * controller, whatever module serves it (the super-administrator alone writes across committees).
 */
@Component
public class CommitteeViewing implements HandlerInterceptor {

  /** The header by which an API request names the committee it reads. */
  public static final String HEADER = "Lvzhi-Committee";

  /** The committee switch, which must work while viewing. */
  public static final String SWITCH = "/committee/view";

  private final CommitteeDirectory committees;

  CommitteeViewing(CommitteeDirectory committees) {
    this.committees = committees;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    String header = request.getHeader(HEADER);
    if (header != null && !header.isBlank()) {
      viewForThisRequest(header.trim());
    }
    String method = request.getMethod();
    boolean reads = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    if (!reads
        && !SWITCH.equals(request.getRequestURI())
        && CurrentUser.get().filter(LvzhiUser::onlyViews).isPresent()) {
      throw new NotAllowedException("committee.viewOnly");
    }
    return true;
  }

  /**
   * Replaces the principal for this request only: nothing is saved to the session (Spring Security
   * saves a context only when told to).
   */
  private void viewForThisRequest(String header) {
    LvzhiUser user = CurrentUser.require();
    long committee;
    try {
      committee = Long.parseLong(header);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          java.util.Map.of(HEADER, Texts.of("validation.malformed", HEADER, header)));
    }
    if (!committees.mayView(user, committee)) {
      throw new NotAllowedException("committee.notViewable");
    }
    LvzhiUser viewing = user.viewing(committee);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(viewing, null, viewing.getAuthorities()));
    SecurityContextHolder.setContext(context);
  }
}
