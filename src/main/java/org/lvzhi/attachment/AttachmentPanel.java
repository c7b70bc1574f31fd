package org.lvzhi.attachment;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Renders {@code attachment/panel.jte} for one record. */
@Component
class AttachmentPanel {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final AttachmentStore store;
  private final AttachmentOwners owners;
  private final UploadRules rules;
  private final TemplateEngine templates;
  private final MessageSource messages;

  AttachmentPanel(AttachmentStore store, AttachmentOwners owners, UploadRules rules, TemplateEngine templates,
      MessageSource messages) {
    this.store = store;
    this.owners = owners;
    this.rules = rules;
    this.templates = templates;
    this.messages = messages;
  }

  String html(String ownerType, long ownerId) {
    if (!owners.mayView(ownerType, ownerId)) {
      return "";
    }
    StringOutput output = new StringOutput();
    templates.render("attachment/panel.jte", Map.of("panel", view(ownerType, ownerId)), output);
    return output.toString();
  }

  AttachmentPanelView view(String ownerType, long ownerId) {
    var locale = LocaleContextHolder.getLocale();
    var lines = store.of(ownerType, ownerId).stream()
        .map(a -> new AttachmentPanelView.Line(a.id(), a.filename(), FileNames.size(a.sizeBytes()), a.uploadedBy(),
            WHEN.format(a.uploadedAt().atZoneSameInstant(SHANGHAI))))
        .toList();
    Optional<HttpServletRequest> request = request();
    Optional<CsrfToken> csrf = request.map(r -> (CsrfToken) r.getAttribute(CsrfToken.class.getName()));
    String back = request.map(r -> r.getRequestURI().substring(r.getContextPath().length())).orElse("/");
    return new AttachmentPanelView(ownerType, ownerId, lines, owners.mayChange(ownerType, ownerId), back,
        rules.accept(), rules.help(), csrf.map(CsrfToken::getParameterName).orElse("_csrf"),
        csrf.map(CsrfToken::getToken).orElse(""), key -> messages.getMessage(key, null, "??" + key + "??", locale));
  }

  private static Optional<HttpServletRequest> request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? Optional.of(attributes.getRequest())
        : Optional.empty();
  }
}
