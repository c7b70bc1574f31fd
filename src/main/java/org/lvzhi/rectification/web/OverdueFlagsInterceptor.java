package org.lvzhi.rectification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lvzhi.rectification.OverdueFlags;
import org.lvzhi.rectification.Rectifications;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Brings the overdue flags to today before the problems' pages or API are served ({@link
 * OverdueFlags}).
 */
@Component
class OverdueFlagsInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final OverdueFlags flags;

  OverdueFlagsInterceptor(OverdueFlags flags) {
    this.flags = flags;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(this)
        .addPathPatterns(
            "/registry/" + Rectifications.REGISTER,
            "/registry/" + Rectifications.REGISTER + "/**",
            "/api/v1/" + Rectifications.REGISTER,
            "/api/v1/" + Rectifications.REGISTER + "/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    flags.upToDate();
    return true;
  }
}
