package org.lvzhi.rectification.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lvzhi.rectification.RectificationStatus;
import org.lvzhi.rectification.SourceType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Texts and rendering for the module's panels and pages, in the reader's language. */
@Component
public class RectificationViews {

  private final MessageSource messages;
  private final TemplateEngine templates;

  RectificationViews(MessageSource messages, TemplateEngine templates) {
    this.messages = messages;
    this.templates = templates;
  }

  String render(String template, Object panel) {
    StringOutput output = new StringOutput();
    templates.render(template, Map.of("panel", panel), output);
    return output.toString();
  }

  /** Message texts in the reader's language, for a template's {@code t("key")}. */
  Function<String, String> labels() {
    Locale locale = LocaleContextHolder.getLocale();
    return key -> messages.getMessage(key, null, "??" + key + "??", locale);
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  /** A source type as history recorded it (its Chinese label, ADR 3), in the reader's language. */
  String recordedSourceType(String recorded) {
    for (org.lvzhi.rectification.SourceType type : org.lvzhi.rectification.SourceType.values()) {
      String key = "rectificationSource." + type.code();
      if (messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE).equals(recorded)) {
        return text(key);
      }
    }
    return recorded;
  }

  String statusLabel(RectificationStatus status) {
    return text("rectificationStatus." + status.name());
  }

  String sourceTypeLabel(SourceType type) {
    return text("rectificationSource." + type.code());
  }

  /** The CSRF token of the current request, for forms a panel renders. */
  static Optional<CsrfToken> csrf() {
    return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
        .map(
            attributes ->
                (CsrfToken)
                    attributes.getAttribute(
                        CsrfToken.class.getName(), RequestAttributes.SCOPE_REQUEST));
  }

  /** The path of the page being rendered, where there is a request. */
  static Optional<String> requestPath() {
    return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
        .filter(ServletRequestAttributes.class::isInstance)
        .map(attributes -> ((ServletRequestAttributes) attributes).getRequest().getRequestURI());
  }
}
