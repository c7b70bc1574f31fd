package org.lvzhi.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page's frame needs: the user, the menu they may see, the language, the CSRF token and
 * the flash messages. Templates translate through {@link #t}.
 */
public final class Layout {

  /** A sidebar group. */
  public record MenuSection(String label, List<MenuLink> links) {}

  /** A sidebar link; active when the current page lies under it. */
  public record MenuLink(String label, String href, boolean active) {}

  /** A breadcrumb; href null for the current page. */
  public record Crumb(String label, String href) {}

  private final MessageSource messages;
  private final Locale locale;
  private final LvzhiUser user;
  private final String path;
  private final String query;
  private final CsrfToken csrf;
  private final List<String> notices;
  private final List<String> warnings;
  private final MenuSupplier menu;
  private final String committeeName;

  interface MenuSupplier {
    List<MenuSection> sections(Layout layout);
  }

  Layout(
      MessageSource messages,
      Locale locale,
      LvzhiUser user,
      String path,
      String query,
      CsrfToken csrf,
      List<String> notices,
      List<String> warnings,
      MenuSupplier menu,
      String committeeName) {
    this.committeeName = committeeName;
    this.messages = messages;
    this.locale = locale;
    this.user = user;
    this.path = path;
    this.query = query;
    this.csrf = csrf;
    this.notices = notices;
    this.warnings = warnings;
    this.menu = menu;
  }

  /** The name of the committee whose records the page shows (ADR 7). */
  public String committeeName() {
    return committeeName;
  }

  /** Whether the user looks at a committee other than their own (read-only unless super). */
  public boolean viewsAnotherCommittee() {
    return user != null && user.viewsAnotherCommittee();
  }

  /** The message for a key in the page's language; {@code ??key??} where it is missing. */
  public String t(String key, Object... args) {
    return messages.getMessage(key, args, "??" + key + "??", locale);
  }

  /**
   * A column of an imported sheet as the reader names it: a sheet's headers are Chinese (its file
   * format), so a module names its columns in the reader's language under {@code
   * sheet.column.<header>}; a header without one is shown as the file has it.
   */
  public String column(String header) {
    return header.isEmpty()
        ? ""
        : messages.getMessage("sheet.column." + header, null, header, locale);
  }

  public Locale locale() {
    return locale;
  }

  public String lang() {
    return locale.getLanguage().equals("en") ? "en" : "zh-CN";
  }

  public boolean english() {
    return locale.getLanguage().equals("en");
  }

  /** This page in the other language. */
  public String switchLanguageHref() {
    String other = english() ? "zh_CN" : "en";
    String rest = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "");
    rest = rest.startsWith("&") ? rest.substring(1) : rest;
    return path + "?" + (rest.isEmpty() ? "" : rest + "&") + "lang=" + other;
  }

  public Optional<LvzhiUser> user() {
    return Optional.ofNullable(user);
  }

  public boolean can(String permission) {
    return user != null && user.can(permission);
  }

  public String path() {
    return path;
  }

  public List<MenuSection> menu() {
    return menu.sections(this);
  }

  public String csrfParameter() {
    return csrf == null ? "_csrf" : csrf.getParameterName();
  }

  public String csrfHeader() {
    return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
  }

  public String csrfToken() {
    return csrf == null ? "" : csrf.getToken();
  }

  public List<String> notices() {
    return notices;
  }

  public List<String> warnings() {
    return warnings;
  }
}
