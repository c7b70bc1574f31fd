package org.lvzhi.attachment.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.attachment.AttachmentPanels;
import org.lvzhi.attachment.Attachments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Renders {@code attachment/panel.jte} for one record, for {@link Attachments#panel}, which hands
 * itself over (the panel is shown by the register engine, which the owners ask, so it cannot depend
 * on {@link Attachments}).
 */
@Component
class AttachmentPanel implements AttachmentPanels {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final TemplateEngine templates;
  private final MessageSource messages;

  AttachmentPanel(TemplateEngine templates, MessageSource messages) {
    this.templates = templates;
    this.messages = messages;
  }

  @Override
  public String html(Attachments attachments, String ownerType, long ownerId) {
    if (!attachments.mayView(ownerType, ownerId)) {
      return "";
    }
    StringOutput output = new StringOutput();
    templates.render(
        "attachment/panel.jte", Map.of("panel", view(attachments, ownerType, ownerId)), output);
    return output.toString();
  }

  AttachmentPanelView view(Attachments attachments, String ownerType, long ownerId) {
    var locale = LocaleContextHolder.getLocale();
    var lines =
        attachments.of(ownerType, ownerId).stream()
            .map(
                a ->
                    new AttachmentPanelView.Line(
                        a.id(),
                        a.filename(),
                        org.lvzhi.attachment.FileNames.size(a.sizeBytes()),
                        a.uploadedBy(),
                        WHEN.format(a.uploadedAt().atZoneSameInstant(SHANGHAI))))
            .toList();
    Optional<HttpServletRequest> request = request();
    Optional<CsrfToken> csrf =
        request.map(r -> (CsrfToken) r.getAttribute(CsrfToken.class.getName()));
    String back =
        request.map(r -> r.getRequestURI().substring(r.getContextPath().length())).orElse("/");
    return new AttachmentPanelView(
        ownerType,
        ownerId,
        lines,
        attachments.mayChange(ownerType, ownerId),
        back,
        attachments.acceptedExtensions(),
        attachments.uploadHelp(),
        csrf.map(CsrfToken::getParameterName).orElse("_csrf"),
        csrf.map(CsrfToken::getToken).orElse(""),
        key -> messages.getMessage(key, null, "??" + key + "??", locale));
  }

  private static Optional<HttpServletRequest> request() {
    return RequestContextHolder.getRequestAttributes()
            instanceof ServletRequestAttributes attributes
        ? Optional.of(attributes.getRequest())
        : Optional.empty();
  }
}
