package org.lvzhi.consultation.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Texts and rendering for the module's panels, in the reader's language. */
@Component
class ConsultationViews {

  private final MessageSource messages;
  private final TemplateEngine templates;

  ConsultationViews(MessageSource messages, TemplateEngine templates) {
    this.messages = messages;
    this.templates = templates;
  }

  String render(String template, Object panel) {
    StringOutput output = new StringOutput();
    templates.render(template, Map.of("panel", panel), output);
    return output.toString();
  }

  Function<String, String> labels() {
    Locale locale = LocaleContextHolder.getLocale();
    return key -> messages.getMessage(key, null, "??" + key + "??", locale);
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  /** The CSRF parameter and token of the current request, for the forms a panel renders. */
  static String[] csrf() {
    return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
        .map(
            a ->
                (CsrfToken)
                    a.getAttribute(CsrfToken.class.getName(), RequestAttributes.SCOPE_REQUEST))
        .map(t -> new String[] {t.getParameterName(), t.getToken()})
        .orElse(new String[] {"_csrf", ""});
  }
}
