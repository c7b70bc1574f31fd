package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Chinese first; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration
class WebConfig implements WebMvcConfigurer {

  private final CommitteeViewing viewing;

  WebConfig(CommitteeViewing viewing) {
    this.viewing = viewing;
  }

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("lvzhi-lang");
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).excludePathPatterns(Assets.PATTERNS);
    registry.addInterceptor(viewing).excludePathPatterns(Assets.PATTERNS);
  }

  /** Every page template receives the frame as {@code layout}. */
  @ControllerAdvice
  static class LayoutAdvice {

    private final LayoutFactory layouts;

    LayoutAdvice(LayoutFactory layouts) {
      this.layouts = layouts;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
      return layouts.create(request);
    }
  }
}
