package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the {@link Layout} of a request. */
@Component
public class LayoutFactory {

  static final String NOTICE = "notice";
  static final String WARNING = "warning";
  private final MessageSource messages;
  private final List<MenuItem> items;
  private final CommitteeDirectory committees;

  LayoutFactory(
      MessageSource messages, List<MenuContribution> contributions, CommitteeDirectory committees) {
    this.messages = messages;
    this.committees = committees;
    this.items =
        contributions.stream()
            .flatMap(c -> c.menuItems().stream())
            .sorted(Comparator.comparingInt(MenuItem::order))
            .toList();
  }

  Layout create(HttpServletRequest request) {
    var flash = RequestContextUtils.getInputFlashMap(request);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return new Layout(
        messages,
        RequestContextUtils.getLocale(request),
        CurrentUser.get().orElse(null),
        path,
        request.getQueryString(),
        (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
        flashList(flash, NOTICE),
        flashList(flash, WARNING),
        this::menu,
        CurrentUser.committeeId().flatMap(committees::name).orElse(""));
  }

  private static List<String> flashList(Map<String, ?> flash, String key) {
    if (flash == null || flash.get(key) == null) {
      return List.of();
    }
    Object value = flash.get(key);
    return value instanceof List<?> list
        ? list.stream().map(String::valueOf).toList()
        : List.of(String.valueOf(value));
  }

  private List<Layout.MenuSection> menu(Layout layout) {
    Map<String, List<Layout.MenuLink>> sections = new LinkedHashMap<>();
    LvzhiUser user = CurrentUser.get().orElse(null);
    for (MenuItem item : items) {
      if (user != null && item.shownTo(user)) {
        boolean active =
            layout.path().equals(item.href()) || layout.path().startsWith(item.href() + "/");
        sections
            .computeIfAbsent(item.section(), k -> new ArrayList<>())
            .add(new Layout.MenuLink(layout.t(item.labelKey()), item.href(), active));
      }
    }
    return sections.entrySet().stream()
        .map(e -> new Layout.MenuSection(layout.t(e.getKey()), e.getValue()))
        .toList();
  }
}
