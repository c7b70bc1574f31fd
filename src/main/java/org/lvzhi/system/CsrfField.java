package org.lvzhi.system;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The current request's CSRF parameter and token, for forms in parts of a page that a module
 * renders itself (record panels) outside the view's model.
 */
public record CsrfField(String parameter, String token) {

  public static CsrfField current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    CsrfToken csrf =
        attributes == null
            ? null
            : (CsrfToken)
                attributes.getAttribute(CsrfToken.class.getName(), RequestAttributes.SCOPE_REQUEST);
    return csrf == null
        ? new CsrfField("_csrf", "")
        : new CsrfField(csrf.getParameterName(), csrf.getToken());
  }
}
